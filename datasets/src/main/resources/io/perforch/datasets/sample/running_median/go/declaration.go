
func RunningMedian(nums []int) []int {
