func TestCountUnknownWords(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(3, CountUnknownWords([]string{"a", "a", "b"}, []string{}))
    assert.Equal(1, CountUnknownWords([]string{"Cat", "cat"}, []string{"cat"}))
    assert.Equal(0, CountUnknownWords([]string{""}, []string{""}))
    assert.Equal(1, CountUnknownWords([]string{"x"}, []string{"xy", "x y"}))
    assert.Equal(2, CountUnknownWords([]string{"ab", "ba", "ab"}, []string{"ba"}))
    assert.Equal(0, CountUnknownWords([]string{"one", "two", "three"}, []string{"three", "two", "one", "zero"}))
    assert.Equal(0, CountUnknownWords([]string{}, []string{}))
    assert.Equal(1, CountUnknownWords([]string{"word", "word", "words"}, []string{"word", "word"}))
    seed := 5
    dictionary := []string{}
    for i := 0; i < 12500; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        length := 3 + (seed>>16)%5
        word := []byte{}
        for j := 0; j < length; j++ {
            seed = (seed*1103515245 + 12345) % 2147483648
            word = append(word, byte('a'+(seed>>16)%26))
        }
        dictionary = append(dictionary, string(word))
    }
    words := []string{}
    for i := 0; i < 30000; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        if (seed>>16)%2 == 0 {
            seed = (seed*1103515245 + 12345) % 2147483648
            words = append(words, dictionary[(seed>>16)%12500])
        } else {
            seed = (seed*1103515245 + 12345) % 2147483648
            length := 3 + (seed>>16)%5
            word := []byte{}
            for j := 0; j < length; j++ {
                seed = (seed*1103515245 + 12345) % 2147483648
                word = append(word, byte('a'+(seed>>16)%26))
            }
            words = append(words, string(word))
        }
    }
    assert.Equal(14607, CountUnknownWords(words, dictionary))
}
