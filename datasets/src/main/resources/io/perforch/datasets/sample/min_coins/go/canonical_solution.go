    best := make([]int, amount+1)
    for a := 1; a <= amount; a++ {
        best[a] = amount + 1
        for _, c := range coins {
            if c <= a && best[a-c]+1 < best[a] {
                best[a] = best[a-c] + 1
            }
        }
    }
    if best[amount] > amount {
        return -1
    }
    return best[amount]
}
