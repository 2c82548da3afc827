func TestDecodeRunLength(t *testing.T) {
    assert := assert.New(t)
    assert.Equal("", DecodeRunLength(""))
    assert.Equal("a", DecodeRunLength("1a"))
    assert.Equal("aaabbc", DecodeRunLength("3a2b1c"))
    assert.Equal("bbb", DecodeRunLength("0a3b"))
    assert.Equal("  !!!", DecodeRunLength("2 3!"))
    assert.Equal("zzzzzzzzzzy", DecodeRunLength("10z1y"))
    assert.Equal("-++", DecodeRunLength("1-2+"))
    assert.Equal("AAAaa", DecodeRunLength("3A2a"))
    assert.Equal("qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq", DecodeRunLength("100q"))
    assert.Equal("xyy", DecodeRunLength("01x002y"))
    assert.Equal("aaa", DecodeRunLength("1a1a1a"))
}
