
func CountUnknownWords(words []string, dictionary []string) int {
