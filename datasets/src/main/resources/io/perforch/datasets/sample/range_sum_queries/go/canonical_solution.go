    prefix := make([]int, len(nums)+1)
    for i, x := range nums {
        prefix[i+1] = prefix[i] + x
    }
    result := make([]int, 0, len(queries))
    for _, q := range queries {
        result = append(result, prefix[q[1]+1]-prefix[q[0]])
    }
    return result
}
