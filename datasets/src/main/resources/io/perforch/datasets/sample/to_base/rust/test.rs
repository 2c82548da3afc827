#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_to_base() {
        assert_eq!(to_base(0, 2), "0");
        assert_eq!(to_base(0, 16), "0");
        assert_eq!(to_base(1, 2), "1");
        assert_eq!(to_base(10, 2), "1010");
        assert_eq!(to_base(255, 16), "ff");
        assert_eq!(to_base(-255, 16), "-ff");
        assert_eq!(to_base(-7, 3), "-21");
        assert_eq!(to_base(8, 8), "10");
        assert_eq!(to_base(35, 16), "23");
        assert_eq!(to_base(1000000, 7), "11333311");
        assert_eq!(to_base(2147483647, 2), "1111111111111111111111111111111");
        assert_eq!(to_base(9223372036854775807, 16), "7fffffffffffffff");
        assert_eq!(to_base(-9223372036854775808, 16), "-8000000000000000");
        assert_eq!(to_base(-9223372036854775808, 2), "-1000000000000000000000000000000000000000000000000000000000000000");
        assert_eq!(to_base(4095, 16), "fff");
        assert_eq!(to_base(100, 10), "100");
        assert_eq!(to_base(-1, 2), "-1");
        assert_eq!(to_base(14, 15), "e");
        assert_eq!(to_base(15, 15), "10");
    }
}
