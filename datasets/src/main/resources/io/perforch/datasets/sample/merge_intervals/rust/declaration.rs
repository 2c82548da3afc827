fn merge_intervals(intervals: Vec<(i32, i32)>) -> Vec<(i32, i32)>{
