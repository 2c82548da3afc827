    keys := map[string]bool{}
    for _, w := range words {
        b := []byte(w)
        sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
        keys[string(b)] = true
    }
    return len(keys)
}
