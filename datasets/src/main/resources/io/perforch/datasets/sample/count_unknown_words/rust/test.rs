#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_count_unknown_words() {
        assert_eq!(count_unknown_words(vec!["a".to_string(), "a".to_string(), "b".to_string()], vec![]), 3);
        assert_eq!(count_unknown_words(vec!["Cat".to_string(), "cat".to_string()], vec!["cat".to_string()]), 1);
        assert_eq!(count_unknown_words(vec!["".to_string()], vec!["".to_string()]), 0);
        assert_eq!(count_unknown_words(vec!["x".to_string()], vec!["xy".to_string(), "x y".to_string()]), 1);
        assert_eq!(count_unknown_words(vec!["ab".to_string(), "ba".to_string(), "ab".to_string()], vec!["ba".to_string()]), 2);
        assert_eq!(count_unknown_words(vec!["one".to_string(), "two".to_string(), "three".to_string()], vec!["three".to_string(), "two".to_string(), "one".to_string(), "zero".to_string()]), 0);
        assert_eq!(count_unknown_words(vec![], vec![]), 0);
        assert_eq!(count_unknown_words(vec!["word".to_string(), "word".to_string(), "words".to_string()], vec!["word".to_string(), "word".to_string()]), 1);
        let mut seed: i64 = 5;
        let mut dictionary: Vec<String> = Vec::new();
        for _ in 0..12500 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            let length = 3 + (seed >> 16) % 5;
            let mut word = String::new();
            for _ in 0..length {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                word.push((b'a' + ((seed >> 16) % 26) as u8) as char);
            }
            dictionary.push(word);
        }
        let mut words: Vec<String> = Vec::new();
        for _ in 0..30000 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            if (seed >> 16) % 2 == 0 {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                words.push(dictionary[((seed >> 16) % 12500) as usize].clone());
            } else {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                let length = 3 + (seed >> 16) % 5;
                let mut word = String::new();
                for _ in 0..length {
                    seed = (seed * 1103515245 + 12345) % 2147483648;
                    word.push((b'a' + ((seed >> 16) % 26) as u8) as char);
                }
                words.push(word);
            }
        }
        assert_eq!(count_unknown_words(words, dictionary), 14607);
    }
}
