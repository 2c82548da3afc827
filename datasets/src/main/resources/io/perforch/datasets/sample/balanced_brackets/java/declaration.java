import java.util.*;
import java.lang.*;

class Solution {
    public boolean isBalanced(String s) {
