    let known: HashSet<&String> = dictionary.iter().collect();
    words.iter().filter(|w| !known.contains(w)).count() as i32
}
