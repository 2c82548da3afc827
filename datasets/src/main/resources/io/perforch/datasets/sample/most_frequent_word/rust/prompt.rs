
/*
 Return the word that occurs most often in the non-empty list words. If several words share
 the highest count, return the one that comes first in lexicographic order (comparing
 character codes, so uppercase letters sort before lowercase ones).
 >>> most_frequent_word(vec!["red".to_string(), "blue".to_string(), "red".to_string(), "green".to_string()])
 "red"
 >>> most_frequent_word(vec!["b".to_string(), "a".to_string(), "b".to_string(), "a".to_string(), "c".to_string()])
 "a"
*/
