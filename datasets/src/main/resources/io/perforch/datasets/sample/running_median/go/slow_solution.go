    result := []int{}
    for i := range nums {
        prefix := append([]int{}, nums[:i+1]...)
        sort.Ints(prefix)
        result = append(result, prefix[i/2])
    }
    return result
}
