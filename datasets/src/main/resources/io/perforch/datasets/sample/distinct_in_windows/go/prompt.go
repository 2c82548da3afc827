// Given a list of integers nums and a window length k >= 1, return a list with the number of
// distinct values in every contiguous window of k elements, from left to right. There are
// len(nums) - k + 1 windows; when k > len(nums) the result is empty.
// >>> DistinctInWindows([]int{1, 2, 1, 3, 3}, 3)
// []int{2, 3, 2}
// >>> DistinctInWindows([]int{4, 4, 4}, 2)
// []int{1, 1}
func DistinctInWindows(nums []int, k int) []int {
