
func RangeSums(nums []int, queries [][2]int) []int {
