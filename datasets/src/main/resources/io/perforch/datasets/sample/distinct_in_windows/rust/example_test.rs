#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_distinct_in_windows() {
        assert_eq!(distinct_in_windows(vec![1, 2, 1, 3, 3], 3), vec![2, 3, 2]);
        assert_eq!(distinct_in_windows(vec![4, 4, 4], 2), vec![1, 1]);
    }
}
