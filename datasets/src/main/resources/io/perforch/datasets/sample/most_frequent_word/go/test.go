func TestMostFrequentWord(t *testing.T) {
    assert := assert.New(t)
    assert.Equal("dog", MostFrequentWord([]string{"dog"}))
    assert.Equal("B", MostFrequentWord([]string{"a", "B"}))
    assert.Equal("a", MostFrequentWord([]string{"b", "c", "a"}))
    assert.Equal("aa", MostFrequentWord([]string{"aa", "a", "a", "aa", "aa"}))
    assert.Equal("", MostFrequentWord([]string{"", "", "x"}))
    assert.Equal("ab", MostFrequentWord([]string{"ab", "abc", "ab", "abc"}))
    assert.Equal("zeta", MostFrequentWord([]string{"zeta", "alpha", "zeta", "beta", "alpha", "zeta"}))
    assert.Equal("a", MostFrequentWord([]string{"b", "a", "b", "a", "c"}))
    seed := 77
    vocabulary := []string{}
    for i := 0; i < 3000; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        length := 3 + (seed>>16)%5
        word := []byte{}
        for j := 0; j < length; j++ {
            seed = (seed*1103515245 + 12345) % 2147483648
            word = append(word, byte('a'+(seed>>16)%26))
        }
        vocabulary = append(vocabulary, string(word))
    }
    words := []string{}
    for i := 0; i < 13500; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        words = append(words, vocabulary[(seed>>16)%3000])
    }
    assert.Equal("oyb", MostFrequentWord(words))
}
