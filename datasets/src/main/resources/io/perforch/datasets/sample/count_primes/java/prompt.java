import java.util.*;
import java.lang.*;

class Solution {
    /**
    Return how many prime numbers are strictly less than n.
    A prime is an integer greater than 1 whose only divisors are 1 and itself;
    for n <= 2 the answer is 0.
    >>> countPrimes(10)
    4
    >>> countPrimes(2)
    0
    >>> countPrimes(30)
    10
     */
    public int countPrimes(int n) {
