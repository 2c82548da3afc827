    count := 0
    for k := 2; k < n; k++ {
        prime := true
        for d := 2; d*d <= k; d++ {
            if k%d == 0 {
                prime = false
                break
            }
        }
        if prime {
            count++
        }
    }
    return count
}
