    let amount = amount as usize;
    let mut best = vec![amount + 1; amount + 1];
    best[0] = 0;
    for a in 1..=amount {
        for &c in &coins {
            let c = c as usize;
            if c <= a && best[a - c] + 1 < best[a] {
                best[a] = best[a - c] + 1;
            }
        }
    }
    if best[amount] <= amount { best[amount] as i32 } else { -1 }
}
