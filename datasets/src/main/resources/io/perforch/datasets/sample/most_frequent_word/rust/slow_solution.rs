    let mut best = "";
    let mut best_count = 0;
    for w in &words {
        let c = words.iter().filter(|&other| other == w).count();
        if c > best_count || (c == best_count && w.as_str() < best) {
            best = w;
            best_count = c;
        }
    }
    best.to_string()
}
