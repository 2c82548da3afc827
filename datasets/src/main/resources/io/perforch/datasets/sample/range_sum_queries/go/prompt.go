// You are given a list of integers nums and a list of queries. Each query is a pair
// (left, right) of indices with 0 <= left <= right < len(nums). Return a list that holds,
// for every query in the given order, the sum nums[left] + nums[left + 1] + ... + nums[right].
// Sums can exceed the 32-bit integer range.
// >>> RangeSums([]int{1, 2, 3, 4}, [][2]int{{0, 1}, {1, 3}, {2, 2}})
// []int{3, 9, 3}
// >>> RangeSums([]int{5, -2}, [][2]int{})
// []int{}
func RangeSums(nums []int, queries [][2]int) []int {
