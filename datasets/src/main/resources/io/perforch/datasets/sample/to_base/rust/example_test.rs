#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_to_base() {
        assert_eq!(to_base(255, 16), "ff");
        assert_eq!(to_base(10, 2), "1010");
        assert_eq!(to_base(-7, 3), "-21");
        assert_eq!(to_base(0, 5), "0");
    }
}
