#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_running_median() {
        assert_eq!(running_median(vec![5, 2, 8, 1]), vec![5, 2, 5, 2]);
        assert_eq!(running_median(vec![]), Vec::<i32>::new());
    }
}
