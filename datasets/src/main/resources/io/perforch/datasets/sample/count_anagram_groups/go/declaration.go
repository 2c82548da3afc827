
func CountAnagramGroups(words []string) int {
