fn running_median(nums: Vec<i32>) -> Vec<i32>{
