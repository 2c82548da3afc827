
func RobotDistance(commands string) int {
