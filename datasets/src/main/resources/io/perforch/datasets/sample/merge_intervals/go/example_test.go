func TestMergeIntervals(t *testing.T) {
    assert := assert.New(t)
    assert.Equal([][]int{{1, 5}, {7, 9}}, MergeIntervals([][]int{{1, 4}, {2, 5}, {7, 9}}))
    assert.Equal([][]int{{1, 7}}, MergeIntervals([][]int{{5, 7}, {1, 5}}))
}
