    best, bestCount := "", 0
    for _, w := range words {
        c := 0
        for _, other := range words {
            if other == w {
                c++
            }
        }
        if c > bestCount || (c == bestCount && w < best) {
            best, bestCount = w, c
        }
    }
    return best
}
