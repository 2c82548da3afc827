#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_is_balanced() {
        assert_eq!(is_balanced("(a[b]{c})"), true);
        assert_eq!(is_balanced("(]"), false);
        assert_eq!(is_balanced(""), true);
    }
}
