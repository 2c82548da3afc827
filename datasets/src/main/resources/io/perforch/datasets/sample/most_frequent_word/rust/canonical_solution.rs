    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in &words {
        *counts.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut best = "";
    let mut best_count = 0;
    for (&w, &c) in &counts {
        if c > best_count || (c == best_count && w < best) {
            best = w;
            best_count = c;
        }
    }
    best.to_string()
}
