func TestDecodeRunLength(t *testing.T) {
    assert := assert.New(t)
    assert.Equal("aaabbc", DecodeRunLength("3a2b1c"))
    assert.Equal("xxxxxxxxxxxx", DecodeRunLength("12x"))
    assert.Equal("", DecodeRunLength(""))
}
