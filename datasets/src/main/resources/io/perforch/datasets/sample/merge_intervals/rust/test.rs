#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_merge_intervals() {
        assert_eq!(merge_intervals(vec![]), Vec::<(i32, i32)>::new());
        assert_eq!(merge_intervals(vec![(4, 4)]), vec![(4, 4)]);
        assert_eq!(merge_intervals(vec![(1, 2), (3, 4)]), vec![(1, 2), (3, 4)]);
        assert_eq!(merge_intervals(vec![(1, 10), (2, 3), (4, 5)]), vec![(1, 10)]);
        assert_eq!(merge_intervals(vec![(-5, -1), (-3, 2), (6, 8), (0, 1)]), vec![(-5, 2), (6, 8)]);
        assert_eq!(merge_intervals(vec![(3, 4), (1, 2), (2, 3)]), vec![(1, 4)]);
        assert_eq!(merge_intervals(vec![(1, 3), (1, 2)]), vec![(1, 3)]);
        assert_eq!(merge_intervals(vec![(0, 0), (0, 0), (1, 1)]), vec![(0, 0), (1, 1)]);
        assert_eq!(merge_intervals(vec![(10, 20), (-1000000000, 1000000000), (5, 6)]), vec![(-1000000000, 1000000000)]);
        assert_eq!(merge_intervals(vec![(8, 9), (1, 2), (5, 6), (2, 2)]), vec![(1, 2), (5, 6), (8, 9)]);
    }
}
