func TestRangeSums(t *testing.T) {
    assert := assert.New(t)
    assert.Equal([]int{3, 9, 3}, RangeSums([]int{1, 2, 3, 4}, [][2]int{{0, 1}, {1, 3}, {2, 2}}))
    assert.Equal(0, len(RangeSums([]int{5, -2}, [][2]int{})))
}
