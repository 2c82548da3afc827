fn range_sums(nums: Vec<i32>, queries: Vec<(usize, usize)>) -> Vec<i64>{
