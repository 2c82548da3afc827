
/*
 Two words are anagrams of each other when one can be obtained by rearranging the letters of
 the other, e.g. "note" and "tone". Split the given words into groups so that every group holds
 exactly the words that are anagrams of each other (identical words are in the same group), and
 return the number of groups. Letters are case-sensitive; an empty list has 0 groups.
 >>> count_anagram_groups(vec!["note".to_string(), "tone".to_string(), "stone".to_string(), "onset".to_string(), "one".to_string()])
 3
 >>> count_anagram_groups(vec!["abc".to_string(), "cba".to_string(), "b".to_string()])
 2
*/
