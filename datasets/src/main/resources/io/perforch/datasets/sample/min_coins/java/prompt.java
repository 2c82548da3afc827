import java.util.*;
import java.lang.*;

class Solution {
    /**
    Given a list of distinct positive coin values and a non-negative amount, return the smallest
    number of coins whose values add up to exactly amount. Every coin value may be used any number
    of times. Return -1 if the amount cannot be formed; an amount of 0 needs 0 coins.
    >>> minCoins(Arrays.asList(1, 3, 4), 6)
    2
    >>> minCoins(Arrays.asList(2), 3)
    -1
    >>> minCoins(Arrays.asList(5), 0)
    0
     */
    public int minCoins(List<Integer> coins, int amount) {
