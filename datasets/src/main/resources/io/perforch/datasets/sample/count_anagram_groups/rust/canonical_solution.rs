    let mut keys: HashSet<String> = HashSet::new();
    for w in &words {
        let mut letters: Vec<char> = w.chars().collect();
        letters.sort_unstable();
        keys.insert(letters.into_iter().collect());
    }
    keys.len() as i32
}
