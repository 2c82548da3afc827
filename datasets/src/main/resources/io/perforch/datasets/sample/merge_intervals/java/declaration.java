import java.util.*;
import java.lang.*;

class Solution {
    public List<List<Integer>> mergeIntervals(List<List<Integer>> intervals) {
