func TestRunningMedian(t *testing.T) {
    assert := assert.New(t)
    assert.Equal([]int{7}, RunningMedian([]int{7}))
    assert.Equal([]int{3, 3, 3}, RunningMedian([]int{3, 3, 3}))
    assert.Equal([]int{1, 1, 2, 2, 3}, RunningMedian([]int{1, 2, 3, 4, 5}))
    assert.Equal([]int{5, 4, 4, 3, 3}, RunningMedian([]int{5, 4, 3, 2, 1}))
    assert.Equal([]int{-1, -5, -1, -1}, RunningMedian([]int{-1, -5, 10, 0}))
    assert.Equal([]int{2, 2, 2, 2}, RunningMedian([]int{2, 1000000000, -1000000000, 2}))
    assert.Equal([]int{10, 10, 20, 20, 20, 10, 10}, RunningMedian([]int{10, 20, 30, 40, 1, 2, 3}))
    assert.Equal(0, len(RunningMedian([]int{})))
    seed := 4242
    nums := []int{}
    for i := 0; i < 3000; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        nums = append(nums, seed%1000001-500000)
    }
    result := RunningMedian(nums)
    assert.Equal(3000, len(result))
    assert.Equal(310899, result[0])
    assert.Equal(12781, result[3000-1])
    total, weighted := 0, 0
    for i, v := range result {
        total += v
        weighted += v * (i%7 + 1)
    }
    assert.Equal(18819474, total)
    assert.Equal(75468083, weighted)
}
