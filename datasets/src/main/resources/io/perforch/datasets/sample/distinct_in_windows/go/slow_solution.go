    result := []int{}
    window := map[int]bool{}
    for i := 0; i+k <= len(nums); i++ {
        for x := range window {
            delete(window, x)
        }
        for _, x := range nums[i : i+k] {
            window[x] = true
        }
        result = append(result, len(window))
    }
    return result
}
