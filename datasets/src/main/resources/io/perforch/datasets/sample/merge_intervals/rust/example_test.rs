#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_merge_intervals() {
        assert_eq!(merge_intervals(vec![(1, 4), (2, 5), (7, 9)]), vec![(1, 5), (7, 9)]);
        assert_eq!(merge_intervals(vec![(5, 7), (1, 5)]), vec![(1, 7)]);
    }
}
