#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_evaluate_expression() {
        assert_eq!(evaluate_expression("42"), 42);
        assert_eq!(evaluate_expression("0"), 0);
        assert_eq!(evaluate_expression(" 7 "), 7);
        assert_eq!(evaluate_expression("2*3+4"), 10);
        assert_eq!(evaluate_expression("2+3*4"), 14);
        assert_eq!(evaluate_expression("2*(3+4)*5"), 70);
        assert_eq!(evaluate_expression("100-(20-5)*2"), 70);
        assert_eq!(evaluate_expression("((((6))))"), 6);
        assert_eq!(evaluate_expression("1-2-3"), -4);
        assert_eq!(evaluate_expression("3-(4-(5-6))"), -2);
        assert_eq!(evaluate_expression("100000 * 100000"), 10000000000);
        assert_eq!(evaluate_expression("2 * 3 * 4 - 10 * 2 + 1"), 5);
        assert_eq!(evaluate_expression("0*5-7"), -7);
        assert_eq!(evaluate_expression("123456789 * 1000 + 1"), 123456789001);
        assert_eq!(evaluate_expression("8 - 2 * 3 + (1 + 1) * (2 - 5)"), -4);
    }
}
