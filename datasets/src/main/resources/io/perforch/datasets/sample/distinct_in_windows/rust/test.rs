#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_distinct_in_windows() {
        assert_eq!(distinct_in_windows(vec![], 1), Vec::<i32>::new());
        assert_eq!(distinct_in_windows(vec![5], 1), vec![1]);
        assert_eq!(distinct_in_windows(vec![4, 4, 4, 4], 2), vec![1, 1, 1]);
        assert_eq!(distinct_in_windows(vec![1, 2, 3], 3), vec![3]);
        assert_eq!(distinct_in_windows(vec![1, 2, 3], 4), Vec::<i32>::new());
        assert_eq!(distinct_in_windows(vec![1, 2, 3, 4], 1), vec![1, 1, 1, 1]);
        assert_eq!(distinct_in_windows(vec![-1, 1, -1, 1, 0], 2), vec![2, 2, 2, 2]);
        assert_eq!(distinct_in_windows(vec![7, 7, 8, 7, 9, 9], 3), vec![2, 2, 3, 2]);
        assert_eq!(distinct_in_windows(vec![1, 2, 1, 3, 3], 3), vec![2, 3, 2]);
        let mut seed: i64 = 31337;
        let mut nums: Vec<i32> = Vec::new();
        for _ in 0..24000 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            nums.push((seed % 200) as i32);
        }
        let result = distinct_in_windows(nums, 900);
        assert_eq!(result.len(), 23101);
        assert_eq!(result[0], 198);
        assert_eq!(result[23101 - 1], 196);
        let total: i64 = result.iter().map(|&v| v as i64).sum();
        let weighted: i64 = result.iter().enumerate().map(|(i, &v)| v as i64 * (i as i64 % 7 + 1)).sum();
        assert_eq!(total, 4573187);
        assert_eq!(weighted, 18292195);
    }
}
