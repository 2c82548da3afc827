#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_robot_distance() {
        assert_eq!(robot_distance("FFRFF"), 4);
        assert_eq!(robot_distance("FLFLFLF"), 0);
        assert_eq!(robot_distance(""), 0);
    }
}
