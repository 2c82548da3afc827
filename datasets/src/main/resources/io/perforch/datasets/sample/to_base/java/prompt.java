import java.util.*;
import java.lang.*;

class Solution {
    /**
    Convert the 64-bit signed integer n to its representation in the given base (2 <= base <= 16).
    Digits above 9 are written as the lowercase letters a to f, a negative number gets a leading '-'
    sign, and zero is written as "0". No leading zeros are produced. Every 64-bit value, including
    the most negative one, must be handled.
    >>> toBase(255L, 16)
    "ff"
    >>> toBase(10L, 2)
    "1010"
    >>> toBase(-7L, 3)
    "-21"
    >>> toBase(0L, 5)
    "0"
     */
    public String toBase(long n, int base) {
