#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_count_anagram_groups() {
        assert_eq!(count_anagram_groups(vec!["note".to_string(), "tone".to_string(), "stone".to_string(), "onset".to_string(), "one".to_string()]), 3);
        assert_eq!(count_anagram_groups(vec!["abc".to_string(), "cba".to_string(), "b".to_string()]), 2);
    }
}
