func TestDistinctInWindows(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(0, len(DistinctInWindows([]int{}, 1)))
    assert.Equal([]int{1}, DistinctInWindows([]int{5}, 1))
    assert.Equal([]int{1, 1, 1}, DistinctInWindows([]int{4, 4, 4, 4}, 2))
    assert.Equal([]int{3}, DistinctInWindows([]int{1, 2, 3}, 3))
    assert.Equal(0, len(DistinctInWindows([]int{1, 2, 3}, 4)))
    assert.Equal([]int{1, 1, 1, 1}, DistinctInWindows([]int{1, 2, 3, 4}, 1))
    assert.Equal([]int{2, 2, 2, 2}, DistinctInWindows([]int{-1, 1, -1, 1, 0}, 2))
    assert.Equal([]int{2, 2, 3, 2}, DistinctInWindows([]int{7, 7, 8, 7, 9, 9}, 3))
    assert.Equal([]int{2, 3, 2}, DistinctInWindows([]int{1, 2, 1, 3, 3}, 3))
    seed := 31337
    nums := []int{}
    for i := 0; i < 24000; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        nums = append(nums, seed%200)
    }
    result := DistinctInWindows(nums, 900)
    assert.Equal(23101, len(result))
    assert.Equal(198, result[0])
    assert.Equal(196, result[23101-1])
    total, weighted := 0, 0
    for i, v := range result {
        total += v
        weighted += v * (i%7 + 1)
    }
    assert.Equal(4573187, total)
    assert.Equal(18292195, weighted)
}
