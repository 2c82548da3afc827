#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_is_balanced() {
        assert_eq!(is_balanced(""), true);
        assert_eq!(is_balanced("([]{})"), true);
        assert_eq!(is_balanced("(("), false);
        assert_eq!(is_balanced("))(("), false);
        assert_eq!(is_balanced("a(b)c]"), false);
        assert_eq!(is_balanced("}{"), false);
        assert_eq!(is_balanced("[(])"), false);
        assert_eq!(is_balanced("{[()()]}"), true);
        assert_eq!(is_balanced("no brackets"), true);
        assert_eq!(is_balanced("(((())))"), true);
        assert_eq!(is_balanced("(()"), false);
        assert_eq!(is_balanced("())"), false);
        assert_eq!(is_balanced("x{y[z(w)v]u}t"), true);
        assert_eq!(is_balanced("]"), false);
        assert_eq!(is_balanced("([)]"), false);
    }
}
