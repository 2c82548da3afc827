import java.util.*;
import java.lang.*;

class Solution {
    public long evaluateExpression(String expression) {
