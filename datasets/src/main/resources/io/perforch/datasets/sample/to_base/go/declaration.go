
func ToBase(n int, base int) string {
