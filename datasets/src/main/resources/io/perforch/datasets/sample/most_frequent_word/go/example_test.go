func TestMostFrequentWord(t *testing.T) {
    assert := assert.New(t)
    assert.Equal("red", MostFrequentWord([]string{"red", "blue", "red", "green"}))
    assert.Equal("a", MostFrequentWord([]string{"b", "a", "b", "a", "c"}))
}
