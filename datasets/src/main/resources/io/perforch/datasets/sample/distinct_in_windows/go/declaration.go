
func DistinctInWindows(nums []int, k int) []int {
