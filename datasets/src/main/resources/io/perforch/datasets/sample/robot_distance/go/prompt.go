// A robot starts at the origin of a grid, facing north. It executes the command string from left
// to right: 'F' moves one cell forward in the current direction, 'L' turns 90 degrees to the left
// and 'R' turns 90 degrees to the right (turning does not move the robot). Return the Manhattan
// distance |x| + |y| between the robot's final position and the origin.
// >>> RobotDistance("FFRFF")
// 4
// >>> RobotDistance("FLFLFLF")
// 0
// >>> RobotDistance("")
// 0
func RobotDistance(commands string) int {
