func TestRangeSums(t *testing.T) {
    assert := assert.New(t)
    assert.Equal([]int{10}, RangeSums([]int{1, 2, 3, 4}, [][2]int{{0, 3}}))
    assert.Equal([]int{7, 7}, RangeSums([]int{7}, [][2]int{{0, 0}, {0, 0}}))
    assert.Equal([]int{2, 7, -3, -2, 5}, RangeSums([]int{-3, 7, -2}, [][2]int{{0, 2}, {1, 1}, {0, 0}, {2, 2}, {1, 2}}))
    assert.Equal([]int{4000000000, 3999999999, -1}, RangeSums([]int{2000000000, 2000000000, -1}, [][2]int{{0, 1}, {0, 2}, {2, 2}}))
    assert.Equal([]int{-6000000000}, RangeSums([]int{-2000000000, -2000000000, -2000000000}, [][2]int{{0, 2}}))
    assert.Equal(0, len(RangeSums([]int{4, 4}, [][2]int{})))
    assert.Equal([]int{0, 0, 5}, RangeSums([]int{0, 0, 5, 0}, [][2]int{{3, 3}, {0, 1}, {1, 2}}))
    seed := 99
    nums := []int{}
    for i := 0; i < 100000; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        nums = append(nums, seed%1000001)
    }
    queries := [][2]int{}
    for i := 0; i < 14000; i++ {
        seed = (seed*1103515245 + 12345) % 2147483648
        a := seed % 100000
        seed = (seed*1103515245 + 12345) % 2147483648
        b := seed % 100000
        if a > b {
            a, b = b, a
        }
        queries = append(queries, [2]int{a, b})
    }
    result := RangeSums(nums, queries)
    assert.Equal(14000, len(result))
    assert.Equal(3128572536, result[0])
    assert.Equal(43484748449, result[14000-1])
    total, weighted := 0, 0
    for i, v := range result {
        total += v
        weighted += v * (i%7 + 1)
    }
    assert.Equal(236526136150697, total)
    assert.Equal(946626897685714, weighted)
}
