import java.util.*;
import java.lang.*;

class Solution {
    /**
    You are given a list of closed intervals [start, end] with start <= end, in no particular order.
    Merge every group of intervals that overlap or touch (share at least one point) into a single
    interval, and return the merged intervals sorted by their start.
    >>> mergeIntervals(Arrays.asList(Arrays.asList(1, 4), Arrays.asList(2, 5), Arrays.asList(7, 9)))
    [[1, 5], [7, 9]]
    >>> mergeIntervals(Arrays.asList(Arrays.asList(5, 7), Arrays.asList(1, 5)))
    [[1, 7]]
     */
    public List<List<Integer>> mergeIntervals(List<List<Integer>> intervals) {
