import java.util.*;
import java.lang.*;

class Solution {
    public int robotDistance(String commands) {
