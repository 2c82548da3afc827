// A simple spell checker: given a list of words and a dictionary (a list of known words),
// return how many entries of words do not appear in the dictionary. A word that occurs several
// times in words is counted every time it occurs. Comparison is exact and case-sensitive.
// >>> CountUnknownWords([]string{"the", "cat", "sat", "on", "the", "mat"}, []string{"on", "the", "mat"})
// 2
// >>> CountUnknownWords([]string{}, []string{"a"})
// 0
func CountUnknownWords(words []string, dictionary []string) int {
