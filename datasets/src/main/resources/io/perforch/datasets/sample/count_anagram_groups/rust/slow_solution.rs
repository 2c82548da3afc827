    let mut keys: Vec<String> = Vec::new();
    for w in &words {
        let mut letters: Vec<char> = w.chars().collect();
        letters.sort_unstable();
        let key: String = letters.into_iter().collect();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys.len() as i32
}
