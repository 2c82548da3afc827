import java.util.*;
import java.lang.*;

class Solution {
    /**
    Return true if every bracket in the string s is properly matched and nested, and false otherwise.
    The bracket pairs are (), [] and {}; every other character is ignored. A string without brackets
    is balanced.
    >>> isBalanced("(a[b]{c})")
    true
    >>> isBalanced("(]")
    false
    >>> isBalanced("")
    true
     */
    public boolean isBalanced(String s) {
