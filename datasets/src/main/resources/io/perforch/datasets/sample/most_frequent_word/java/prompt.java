import java.util.*;
import java.lang.*;

class Solution {
    /**
    Return the word that occurs most often in the non-empty list words. If several words share
    the highest count, return the one that comes first in lexicographic order (comparing
    character codes, so uppercase letters sort before lowercase ones).
    >>> mostFrequentWord(Arrays.asList("red", "blue", "red", "green"))
    "red"
    >>> mostFrequentWord(Arrays.asList("b", "a", "b", "a", "c"))
    "a"
     */
    public String mostFrequentWord(List<String> words) {
