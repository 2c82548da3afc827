use std::collections::HashSet;

fn count_unknown_words(words: Vec<String>, dictionary: Vec<String>) -> i32{
