#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_count_primes() {
        assert_eq!(count_primes(10), 4);
        assert_eq!(count_primes(2), 0);
        assert_eq!(count_primes(30), 10);
    }
}
