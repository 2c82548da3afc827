fn is_balanced(s: &str) -> bool{
