import java.util.*;
import java.lang.*;

class Solution {
    /**
    Two words are anagrams of each other when one can be obtained by rearranging the letters of
    the other, e.g. "note" and "tone". Split the given words into groups so that every group holds
    exactly the words that are anagrams of each other (identical words are in the same group), and
    return the number of groups. Letters are case-sensitive; an empty list has 0 groups.
    >>> countAnagramGroups(Arrays.asList("note", "tone", "stone", "onset", "one"))
    3
    >>> countAnagramGroups(Arrays.asList("abc", "cba", "b"))
    2
     */
    public int countAnagramGroups(List<String> words) {
