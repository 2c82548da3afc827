fn robot_distance(commands: &str) -> i32{
