// Return the word that occurs most often in the non-empty list words. If several words share
// the highest count, return the one that comes first in lexicographic order (comparing
// character codes, so uppercase letters sort before lowercase ones).
// >>> MostFrequentWord([]string{"red", "blue", "red", "green"})
// "red"
// >>> MostFrequentWord([]string{"b", "a", "b", "a", "c"})
// "a"
func MostFrequentWord(words []string) string {
