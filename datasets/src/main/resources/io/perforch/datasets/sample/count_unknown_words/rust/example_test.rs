#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_count_unknown_words() {
        assert_eq!(count_unknown_words(vec!["the".to_string(), "cat".to_string(), "sat".to_string(), "on".to_string(), "the".to_string(), "mat".to_string()], vec!["on".to_string(), "the".to_string(), "mat".to_string()]), 2);
        assert_eq!(count_unknown_words(vec![], vec!["a".to_string()]), 0);
    }
}
