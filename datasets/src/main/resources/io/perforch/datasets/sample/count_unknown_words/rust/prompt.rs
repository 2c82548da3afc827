
/*
 A simple spell checker: given a list of words and a dictionary (a list of known words),
 return how many entries of words do not appear in the dictionary. A word that occurs several
 times in words is counted every time it occurs. Comparison is exact and case-sensitive.
 >>> count_unknown_words(vec!["the".to_string(), "cat".to_string(), "sat".to_string(), "on".to_string(), "the".to_string(), "mat".to_string()], vec!["on".to_string(), "the".to_string(), "mat".to_string()])
 2
 >>> count_unknown_words(vec![], vec!["a".to_string()])
 0
*/
