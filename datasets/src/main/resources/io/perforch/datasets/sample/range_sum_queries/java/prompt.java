import java.util.*;
import java.lang.*;

class Solution {
    /**
    You are given a list of integers nums and a list of queries. Each query is a pair
    (left, right) of indices with 0 <= left <= right < len(nums). Return a list that holds,
    for every query in the given order, the sum nums[left] + nums[left + 1] + ... + nums[right].
    Sums can exceed the 32-bit integer range.
    >>> rangeSums(Arrays.asList(1, 2, 3, 4), Arrays.asList(Arrays.asList(0, 1), Arrays.asList(1, 3), Arrays.asList(2, 2)))
    [3, 9, 3]
    >>> rangeSums(Arrays.asList(5, -2), List.of())
    []
     */
    public List<Long> rangeSums(List<Integer> nums, List<List<Integer>> queries) {
