
func IsBalanced(s string) bool {
