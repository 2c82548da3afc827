import (
    "sort"
)

// Two words are anagrams of each other when one can be obtained by rearranging the letters of
// the other, e.g. "note" and "tone". Split the given words into groups so that every group holds
// exactly the words that are anagrams of each other (identical words are in the same group), and
// return the number of groups. Letters are case-sensitive; an empty list has 0 groups.
// >>> CountAnagramGroups([]string{"note", "tone", "stone", "onset", "one"})
// 3
// >>> CountAnagramGroups([]string{"abc", "cba", "b"})
// 2
func CountAnagramGroups(words []string) int {
