use std::collections::HashMap;

fn distinct_in_windows(nums: Vec<i32>, k: usize) -> Vec<i32>{
