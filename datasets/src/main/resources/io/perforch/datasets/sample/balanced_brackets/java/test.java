public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.isBalanced("") == true,
                s.isBalanced("([]{})") == true,
                s.isBalanced("((") == false,
                s.isBalanced("))((") == false,
                s.isBalanced("a(b)c]") == false,
                s.isBalanced("}{") == false,
                s.isBalanced("[(])") == false,
                s.isBalanced("{[()()]}") == true,
                s.isBalanced("no brackets") == true,
                s.isBalanced("(((())))") == true,
                s.isBalanced("(()") == false,
                s.isBalanced("())") == false,
                s.isBalanced("x{y[z(w)v]u}t") == true,
                s.isBalanced("]") == false,
                s.isBalanced("([)]") == false
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
