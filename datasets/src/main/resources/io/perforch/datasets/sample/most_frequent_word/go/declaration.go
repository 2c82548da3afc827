
func MostFrequentWord(words []string) string {
