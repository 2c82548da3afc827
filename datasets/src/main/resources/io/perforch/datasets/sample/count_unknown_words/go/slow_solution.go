    count := 0
    for _, w := range words {
        found := false
        for _, d := range dictionary {
            if w == d {
                found = true
                break
            }
        }
        if !found {
            count++
        }
    }
    return count
}
