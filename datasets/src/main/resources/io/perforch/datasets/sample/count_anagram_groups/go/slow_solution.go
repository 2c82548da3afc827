    keys := []string{}
    for _, w := range words {
        b := []byte(w)
        sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
        key := string(b)
        found := false
        for _, k := range keys {
            if k == key {
                found = true
                break
            }
        }
        if !found {
            keys = append(keys, key)
        }
    }
    return len(keys)
}
