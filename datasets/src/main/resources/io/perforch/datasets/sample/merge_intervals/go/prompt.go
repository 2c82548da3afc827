import (
    "sort"
)

// You are given a list of closed intervals [start, end] with start <= end, in no particular order.
// Merge every group of intervals that overlap or touch (share at least one point) into a single
// interval, and return the merged intervals sorted by their start.
// >>> MergeIntervals([][]int{{1, 4}, {2, 5}, {7, 9}})
// [][]int{{1, 5}, {7, 9}}
// >>> MergeIntervals([][]int{{5, 7}, {1, 5}})
// [][]int{{1, 7}}
func MergeIntervals(intervals [][]int) [][]int {
