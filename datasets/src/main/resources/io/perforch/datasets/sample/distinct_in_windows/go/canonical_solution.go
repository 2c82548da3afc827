    counts := map[int]int{}
    result := []int{}
    for i, x := range nums {
        counts[x]++
        if i >= k {
            old := nums[i-k]
            counts[old]--
            if counts[old] == 0 {
                delete(counts, old)
            }
        }
        if i >= k-1 {
            result = append(result, len(counts))
        }
    }
    return result
}
