    words.iter().filter(|w| !dictionary.contains(w)).count() as i32
}
