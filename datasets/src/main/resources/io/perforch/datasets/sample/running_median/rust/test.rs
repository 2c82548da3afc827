#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_running_median() {
        assert_eq!(running_median(vec![7]), vec![7]);
        assert_eq!(running_median(vec![3, 3, 3]), vec![3, 3, 3]);
        assert_eq!(running_median(vec![1, 2, 3, 4, 5]), vec![1, 1, 2, 2, 3]);
        assert_eq!(running_median(vec![5, 4, 3, 2, 1]), vec![5, 4, 4, 3, 3]);
        assert_eq!(running_median(vec![-1, -5, 10, 0]), vec![-1, -5, -1, -1]);
        assert_eq!(running_median(vec![2, 1000000000, -1000000000, 2]), vec![2, 2, 2, 2]);
        assert_eq!(running_median(vec![10, 20, 30, 40, 1, 2, 3]), vec![10, 10, 20, 20, 20, 10, 10]);
        assert_eq!(running_median(vec![]), Vec::<i32>::new());
        let mut seed: i64 = 4242;
        let mut nums: Vec<i32> = Vec::new();
        for _ in 0..3000 {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            nums.push((seed % 1000001) as i32 - 500000);
        }
        let result = running_median(nums);
        assert_eq!(result.len(), 3000);
        assert_eq!(result[0], 310899);
        assert_eq!(result[3000 - 1], 12781);
        let total: i64 = result.iter().map(|&v| v as i64).sum();
        let weighted: i64 = result.iter().enumerate().map(|(i, &v)| v as i64 * (i as i64 % 7 + 1)).sum();
        assert_eq!(total, 18819474);
        assert_eq!(weighted, 75468083);
    }
}
