func TestMergeIntervals(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(0, len(MergeIntervals([][]int{})))
    assert.Equal([][]int{{4, 4}}, MergeIntervals([][]int{{4, 4}}))
    assert.Equal([][]int{{1, 2}, {3, 4}}, MergeIntervals([][]int{{1, 2}, {3, 4}}))
    assert.Equal([][]int{{1, 10}}, MergeIntervals([][]int{{1, 10}, {2, 3}, {4, 5}}))
    assert.Equal([][]int{{-5, 2}, {6, 8}}, MergeIntervals([][]int{{-5, -1}, {-3, 2}, {6, 8}, {0, 1}}))
    assert.Equal([][]int{{1, 4}}, MergeIntervals([][]int{{3, 4}, {1, 2}, {2, 3}}))
    assert.Equal([][]int{{1, 3}}, MergeIntervals([][]int{{1, 3}, {1, 2}}))
    assert.Equal([][]int{{0, 0}, {1, 1}}, MergeIntervals([][]int{{0, 0}, {0, 0}, {1, 1}}))
    assert.Equal([][]int{{-1000000000, 1000000000}}, MergeIntervals([][]int{{10, 20}, {-1000000000, 1000000000}, {5, 6}}))
    assert.Equal([][]int{{1, 2}, {5, 6}, {8, 9}}, MergeIntervals([][]int{{8, 9}, {1, 2}, {5, 6}, {2, 2}}))
}
