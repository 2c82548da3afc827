    window := []int{}
    result := []int{}
    for i, x := range nums {
        pos := sort.SearchInts(window, x)
        window = append(window, 0)
        copy(window[pos+1:], window[pos:])
        window[pos] = x
        result = append(result, window[i/2])
    }
    return result
}
