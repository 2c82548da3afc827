func TestCountUnknownWords(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(2, CountUnknownWords([]string{"the", "cat", "sat", "on", "the", "mat"}, []string{"on", "the", "mat"}))
    assert.Equal(0, CountUnknownWords([]string{}, []string{"a"}))
}
