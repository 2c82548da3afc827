import java.util.*;
import java.lang.*;

class Solution {
    /**
    A simple spell checker: given a list of words and a dictionary (a list of known words),
    return how many entries of words do not appear in the dictionary. A word that occurs several
    times in words is counted every time it occurs. Comparison is exact and case-sensitive.
    >>> countUnknownWords(Arrays.asList("the", "cat", "sat", "on", "the", "mat"), Arrays.asList("on", "the", "mat"))
    2
    >>> countUnknownWords(List.of(), Arrays.asList("a"))
    0
     */
    public int countUnknownWords(List<String> words, List<String> dictionary) {
