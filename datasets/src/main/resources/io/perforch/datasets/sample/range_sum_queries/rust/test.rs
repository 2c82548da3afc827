#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_range_sums() {
        assert_eq!(range_sums(vec![1, 2, 3, 4], vec![(0, 3)]), vec![10]);
        assert_eq!(range_sums(vec![7], vec![(0, 0), (0, 0)]), vec![7, 7]);
        assert_eq!(range_sums(vec![-3, 7, -2], vec![(0, 2), (1, 1), (0, 0), (2, 2), (1, 2)]), vec![2, 7, -3, -2, 5]);
        assert_eq!(range_sums(vec![2000000000, 2000000000, -1], vec![(0, 1), (0, 2), (2, 2)]), vec![4000000000, 3999999999, -1]);
        assert_eq!(range_sums(vec![-2000000000, -2000000000, -2000000000], vec![(0, 2)]), vec![-6000000000]);
        assert_eq!(range_sums(vec![4, 4], vec![]), Vec::<i64>::new());
        assert_eq!(range_sums(vec![0, 0, 5, 0], vec![(3, 3), (0, 1), (1, 2)]), vec![0, 0, 5]);
        let mut seed: i64 = 99;
        let mut nums: Vec<i32> = Vec::new();
        for _ in 0..100000 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            nums.push((seed % 1000001) as i32);
        }
        let mut queries: Vec<(usize, usize)> = Vec::new();
        for _ in 0..14000 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            let a = (seed % 100000) as usize;
            seed = (seed * 1103515245 + 12345) % 2147483648;
            let b = (seed % 100000) as usize;
            queries.push((a.min(b), a.max(b)));
        }
        let result = range_sums(nums, queries);
        assert_eq!(result.len(), 14000);
        assert_eq!(result[0], 3128572536);
        assert_eq!(result[14000 - 1], 43484748449);
        let total: i64 = result.iter().sum();
        let weighted: i64 = result.iter().enumerate().map(|(i, &v)| v * (i as i64 % 7 + 1)).sum();
        assert_eq!(total, 236526136150697);
        assert_eq!(weighted, 946626897685714);
    }
}
