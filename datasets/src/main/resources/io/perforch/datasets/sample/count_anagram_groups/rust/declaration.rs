use std::collections::HashSet;

fn count_anagram_groups(words: Vec<String>) -> i32{
