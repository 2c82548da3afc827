func TestRunningMedian(t *testing.T) {
    assert := assert.New(t)
    assert.Equal([]int{5, 2, 5, 2}, RunningMedian([]int{5, 2, 8, 1}))
    assert.Equal(0, len(RunningMedian([]int{})))
}
