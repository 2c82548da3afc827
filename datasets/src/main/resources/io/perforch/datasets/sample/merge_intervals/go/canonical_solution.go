    sorted := append([][]int{}, intervals...)
    sort.Slice(sorted, func(i, j int) bool { return sorted[i][0] < sorted[j][0] })
    merged := [][]int{}
    for _, iv := range sorted {
        if n := len(merged); n > 0 && iv[0] <= merged[n-1][1] {
            if iv[1] > merged[n-1][1] {
                merged[n-1][1] = iv[1]
            }
        } else {
            merged = append(merged, []int{iv[0], iv[1]})
        }
    }
    return merged
}
