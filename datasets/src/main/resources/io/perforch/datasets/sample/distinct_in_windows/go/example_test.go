func TestDistinctInWindows(t *testing.T) {
    assert := assert.New(t)
    assert.Equal([]int{2, 3, 2}, DistinctInWindows([]int{1, 2, 1, 3, 3}, 3))
    assert.Equal([]int{1, 1}, DistinctInWindows([]int{4, 4, 4}, 2))
}
