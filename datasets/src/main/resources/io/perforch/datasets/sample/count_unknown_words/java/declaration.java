import java.util.*;
import java.lang.*;

class Solution {
    public int countUnknownWords(List<String> words, List<String> dictionary) {
