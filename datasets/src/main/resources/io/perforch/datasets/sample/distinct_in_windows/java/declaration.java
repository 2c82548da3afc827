import java.util.*;
import java.lang.*;

class Solution {
    public List<Integer> distinctInWindows(List<Integer> nums, int k) {
