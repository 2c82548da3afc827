func TestCountPrimes(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(4, CountPrimes(10))
    assert.Equal(0, CountPrimes(2))
    assert.Equal(10, CountPrimes(30))
}
