    counts := map[string]int{}
    for _, w := range words {
        counts[w]++
    }
    best, bestCount := "", 0
    for w, c := range counts {
        if c > bestCount || (c == bestCount && w < best) {
            best, bestCount = w, c
        }
    }
    return best
}
