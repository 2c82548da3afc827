import java.util.*;
import java.lang.*;

class Solution {
    public List<Long> rangeSums(List<Integer> nums, List<List<Integer>> queries) {
