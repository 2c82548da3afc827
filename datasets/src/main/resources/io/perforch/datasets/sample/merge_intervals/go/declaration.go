
func MergeIntervals(intervals [][]int) [][]int {
