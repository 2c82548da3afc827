import java.util.*;
import java.lang.*;

class Solution {
    /**
    Given a list of integers nums and a window length k >= 1, return a list with the number of
    distinct values in every contiguous window of k elements, from left to right. There are
    len(nums) - k + 1 windows; when k > len(nums) the result is empty.
    >>> distinctInWindows(Arrays.asList(1, 2, 1, 3, 3), 3)
    [2, 3, 2]
    >>> distinctInWindows(Arrays.asList(4, 4, 4), 2)
    [1, 1]
     */
    public List<Integer> distinctInWindows(List<Integer> nums, int k) {
