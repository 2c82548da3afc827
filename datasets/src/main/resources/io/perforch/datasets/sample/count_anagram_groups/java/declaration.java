import java.util.*;
import java.lang.*;

class Solution {
    public int countAnagramGroups(List<String> words) {
