
/*
 Given a list of integers nums and a window length k >= 1, return a list with the number of
 distinct values in every contiguous window of k elements, from left to right. There are
 len(nums) - k + 1 windows; when k > len(nums) the result is empty.
 >>> distinct_in_windows(vec![1, 2, 1, 3, 3], 3)
 vec![2, 3, 2]
 >>> distinct_in_windows(vec![4, 4, 4], 2)
 vec![1, 1]
*/
