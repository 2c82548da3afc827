func TestCountAnagramGroups(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(0, CountAnagramGroups([]string{}))
    assert.Equal(1, CountAnagramGroups([]string{"abc"}))
    assert.Equal(2, CountAnagramGroups([]string{"listen", "silent", "enlist", "google", "gooegl"}))
    assert.Equal(2, CountAnagramGroups([]string{"a", "b", "a"}))
    assert.Equal(3, CountAnagramGroups([]string{"ab", "ba", "abc", "cab", "bca", "x"}))
    assert.Equal(2, CountAnagramGroups([]string{"aab", "abb"}))
    assert.Equal(1, CountAnagramGroups([]string{"", ""}))
    assert.Equal(2, CountAnagramGroups([]string{"Ab", "bA", "ab"}))
    assert.Equal(2, CountAnagramGroups([]string{"abcd", "dcba", "bcda", "abce"}))
    seed := 2718
    words := []string{}
    for i := 0; i < 25000; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        length := 3 + (seed>>16)%5
        word := []byte{}
        for j := 0; j < length; j++ {
            seed = (seed*1103515245 + 12345) % 2147483648
            word = append(word, byte('a'+(seed>>16)%20))
        }
        words = append(words, string(word))
    }
    assert.Equal(19814, CountAnagramGroups(words))
}
