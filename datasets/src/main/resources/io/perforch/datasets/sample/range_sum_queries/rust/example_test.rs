#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_range_sums() {
        assert_eq!(range_sums(vec![1, 2, 3, 4], vec![(0, 1), (1, 3), (2, 2)]), vec![3, 9, 3]);
        assert_eq!(range_sums(vec![5, -2], vec![]), Vec::<i64>::new());
    }
}
