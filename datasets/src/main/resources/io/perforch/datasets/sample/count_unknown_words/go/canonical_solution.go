    known := make(map[string]bool, len(dictionary))
    for _, w := range dictionary {
        known[w] = true
    }
    count := 0
    for _, w := range words {
        if !known[w] {
            count++
        }
    }
    return count
}
