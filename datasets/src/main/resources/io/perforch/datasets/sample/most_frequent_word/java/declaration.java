import java.util.*;
import java.lang.*;

class Solution {
    public String mostFrequentWord(List<String> words) {
