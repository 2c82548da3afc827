#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_decode_run_length() {
        assert_eq!(decode_run_length(""), "");
        assert_eq!(decode_run_length("1a"), "a");
        assert_eq!(decode_run_length("3a2b1c"), "aaabbc");
        assert_eq!(decode_run_length("0a3b"), "bbb");
        assert_eq!(decode_run_length("2 3!"), "  !!!");
        assert_eq!(decode_run_length("10z1y"), "zzzzzzzzzzy");
        assert_eq!(decode_run_length("1-2+"), "-++");
        assert_eq!(decode_run_length("3A2a"), "AAAaa");
        assert_eq!(decode_run_length("100q"), "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq");
        assert_eq!(decode_run_length("01x002y"), "xyy");
        assert_eq!(decode_run_length("1a1a1a"), "aaa");
    }
}
