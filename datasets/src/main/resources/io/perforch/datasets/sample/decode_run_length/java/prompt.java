import java.util.*;
import java.lang.*;

class Solution {
    /**
    Decode a run-length encoded string. The encoding is a sequence of groups; each group is a
    decimal count (one or more digits, possibly 0) followed by a single character that is not a
    digit, and stands for that character repeated count times. Return the decoded string; the
    empty encoding decodes to the empty string.
    >>> decodeRunLength("3a2b1c")
    "aaabbc"
    >>> decodeRunLength("12x")
    "xxxxxxxxxxxx"
    >>> decodeRunLength("")
    ""
     */
    public String decodeRunLength(String encoded) {
