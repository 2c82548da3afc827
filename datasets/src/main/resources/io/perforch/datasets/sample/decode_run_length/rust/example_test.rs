#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_decode_run_length() {
        assert_eq!(decode_run_length("3a2b1c"), "aaabbc");
        assert_eq!(decode_run_length("12x"), "xxxxxxxxxxxx");
        assert_eq!(decode_run_length(""), "");
    }
}
