#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_robot_distance() {
        assert_eq!(robot_distance(""), 0);
        assert_eq!(robot_distance("F"), 1);
        assert_eq!(robot_distance("LLFF"), 2);
        assert_eq!(robot_distance("RFFFLFF"), 5);
        assert_eq!(robot_distance("RRRF"), 1);
        assert_eq!(robot_distance("FFFFLLFF"), 2);
        assert_eq!(robot_distance("FRFRFRFR"), 0);
        assert_eq!(robot_distance("LFFLFFLFFFF"), 4);
        assert_eq!(robot_distance("LLLLF"), 1);
        assert_eq!(robot_distance("RFRFLFLF"), 2);
        assert_eq!(robot_distance("LRLRLRFFF"), 3);
        assert_eq!(robot_distance("RRRRRRFFFFF"), 5);
        assert_eq!(robot_distance("LFFFFFFFFFFRFFFFFFFFFFRFFFFF"), 15);
    }
}
