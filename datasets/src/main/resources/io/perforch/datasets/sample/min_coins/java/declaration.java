import java.util.*;
import java.lang.*;

class Solution {
    public int minCoins(List<Integer> coins, int amount) {
