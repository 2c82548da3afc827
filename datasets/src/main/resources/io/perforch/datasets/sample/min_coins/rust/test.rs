#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_min_coins() {
        assert_eq!(min_coins(vec![1, 3, 4], 6), 2);
        assert_eq!(min_coins(vec![2], 3), -1);
        assert_eq!(min_coins(vec![5], 0), 0);
        assert_eq!(min_coins(vec![], 0), 0);
        assert_eq!(min_coins(vec![], 4), -1);
        assert_eq!(min_coins(vec![1], 1), 1);
        assert_eq!(min_coins(vec![7], 14), 2);
        assert_eq!(min_coins(vec![3, 7], 11), -1);
        assert_eq!(min_coins(vec![3, 7], 13), 3);
        assert_eq!(min_coins(vec![9, 6, 5, 1], 11), 2);
        assert_eq!(min_coins(vec![1, 5, 10, 25], 63), 6);
        assert_eq!(min_coins(vec![5, 10], 3), -1);
        assert_eq!(min_coins(vec![2, 5], 1000), 200);
        assert_eq!(min_coins(vec![4, 7], 10000), 1429);
        assert_eq!(min_coins(vec![25, 10, 1], 30), 3);
    }
}
