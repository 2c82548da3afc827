func TestMinCoins(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(2, MinCoins([]int{1, 3, 4}, 6))
    assert.Equal(-1, MinCoins([]int{2}, 3))
    assert.Equal(0, MinCoins([]int{5}, 0))
}
