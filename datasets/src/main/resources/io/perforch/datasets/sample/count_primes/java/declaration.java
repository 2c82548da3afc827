import java.util.*;
import java.lang.*;

class Solution {
    public int countPrimes(int n) {
