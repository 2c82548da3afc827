#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_most_frequent_word() {
        assert_eq!(most_frequent_word(vec!["red".to_string(), "blue".to_string(), "red".to_string(), "green".to_string()]), "red");
        assert_eq!(most_frequent_word(vec!["b".to_string(), "a".to_string(), "b".to_string(), "a".to_string(), "c".to_string()]), "a");
    }
}
