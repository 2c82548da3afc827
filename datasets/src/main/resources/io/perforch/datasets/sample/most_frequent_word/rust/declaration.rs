use std::collections::HashMap;

fn most_frequent_word(words: Vec<String>) -> String{
