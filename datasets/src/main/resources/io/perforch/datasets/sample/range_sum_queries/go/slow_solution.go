    result := make([]int, 0, len(queries))
    for _, q := range queries {
        sum := 0
        for i := q[0]; i <= q[1]; i++ {
            sum += nums[i]
        }
        result = append(result, sum)
    }
    return result
}
