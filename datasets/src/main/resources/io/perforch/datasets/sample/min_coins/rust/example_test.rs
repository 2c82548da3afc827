#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_min_coins() {
        assert_eq!(min_coins(vec![1, 3, 4], 6), 2);
        assert_eq!(min_coins(vec![2], 3), -1);
        assert_eq!(min_coins(vec![5], 0), 0);
    }
}
