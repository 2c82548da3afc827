import java.util.*;
import java.lang.*;

class Solution {
    public List<Integer> runningMedian(List<Integer> nums) {
