#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_most_frequent_word() {
        assert_eq!(most_frequent_word(vec!["dog".to_string()]), "dog");
        assert_eq!(most_frequent_word(vec!["a".to_string(), "B".to_string()]), "B");
        assert_eq!(most_frequent_word(vec!["b".to_string(), "c".to_string(), "a".to_string()]), "a");
        assert_eq!(most_frequent_word(vec!["aa".to_string(), "a".to_string(), "a".to_string(), "aa".to_string(), "aa".to_string()]), "aa");
        assert_eq!(most_frequent_word(vec!["".to_string(), "".to_string(), "x".to_string()]), "");
        assert_eq!(most_frequent_word(vec!["ab".to_string(), "abc".to_string(), "ab".to_string(), "abc".to_string()]), "ab");
        assert_eq!(most_frequent_word(vec!["zeta".to_string(), "alpha".to_string(), "zeta".to_string(), "beta".to_string(), "alpha".to_string(), "zeta".to_string()]), "zeta");
        assert_eq!(most_frequent_word(vec!["b".to_string(), "a".to_string(), "b".to_string(), "a".to_string(), "c".to_string()]), "a");
        let mut seed: i64 = 77;
        let mut vocabulary: Vec<String> = Vec::new();
        for _ in 0..3000 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            let length = 3 + (seed >> 16) % 5;
            let mut word = String::new();
            for _ in 0..length {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                word.push((b'a' + ((seed >> 16) % 26) as u8) as char);
            }
            vocabulary.push(word);
        }
        let mut words: Vec<String> = Vec::new();
        for _ in 0..13500 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            words.push(vocabulary[((seed >> 16) % 3000) as usize].clone());
        }
        assert_eq!(most_frequent_word(words), "oyb");
    }
}
