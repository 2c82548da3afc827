import java.util.*;
import java.lang.*;

class Solution {
    public String decodeRunLength(String encoded) {
