func TestToBase(t *testing.T) {
    assert := assert.New(t)
    assert.Equal("ff", ToBase(255, 16))
    assert.Equal("1010", ToBase(10, 2))
    assert.Equal("-21", ToBase(-7, 3))
    assert.Equal("0", ToBase(0, 5))
}
