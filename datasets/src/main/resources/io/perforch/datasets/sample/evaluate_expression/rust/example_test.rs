#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_evaluate_expression() {
        assert_eq!(evaluate_expression("1 + 2 * 3"), 7);
        assert_eq!(evaluate_expression("(1 + 2) * 3"), 9);
        assert_eq!(evaluate_expression("10 - 4 - 3"), 3);
    }
}
