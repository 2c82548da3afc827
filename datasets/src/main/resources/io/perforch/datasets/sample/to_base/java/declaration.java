import java.util.*;
import java.lang.*;

class Solution {
    public String toBase(long n, int base) {
