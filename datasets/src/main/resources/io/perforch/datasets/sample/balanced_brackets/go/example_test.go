func TestIsBalanced(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(true, IsBalanced("(a[b]{c})"))
    assert.Equal(false, IsBalanced("(]"))
    assert.Equal(true, IsBalanced(""))
}
