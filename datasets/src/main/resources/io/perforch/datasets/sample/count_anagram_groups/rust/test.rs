#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_count_anagram_groups() {
        assert_eq!(count_anagram_groups(vec![]), 0);
        assert_eq!(count_anagram_groups(vec!["abc".to_string()]), 1);
        assert_eq!(count_anagram_groups(vec!["listen".to_string(), "silent".to_string(), "enlist".to_string(), "google".to_string(), "gooegl".to_string()]), 2);
        assert_eq!(count_anagram_groups(vec!["a".to_string(), "b".to_string(), "a".to_string()]), 2);
        assert_eq!(count_anagram_groups(vec!["ab".to_string(), "ba".to_string(), "abc".to_string(), "cab".to_string(), "bca".to_string(), "x".to_string()]), 3);
        assert_eq!(count_anagram_groups(vec!["aab".to_string(), "abb".to_string()]), 2);
        assert_eq!(count_anagram_groups(vec!["".to_string(), "".to_string()]), 1);
        assert_eq!(count_anagram_groups(vec!["Ab".to_string(), "bA".to_string(), "ab".to_string()]), 2);
        assert_eq!(count_anagram_groups(vec!["abcd".to_string(), "dcba".to_string(), "bcda".to_string(), "abce".to_string()]), 2);
        let mut seed: i64 = 2718;
        let mut words: Vec<String> = Vec::new();
        for _ in 0..25000 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            let length = 3 + (seed >> 16) % 5;
            let mut word = String::new();
            for _ in 0..length {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                word.push((b'a' + ((seed >> 16) % 20) as u8) as char);
            }
            words.push(word);
        }
        assert_eq!(count_anagram_groups(words), 19814);
    }
}
