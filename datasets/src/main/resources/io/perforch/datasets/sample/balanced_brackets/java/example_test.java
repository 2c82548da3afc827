public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.isBalanced("(a[b]{c})") == true,
                s.isBalanced("(]") == false,
                s.isBalanced("") == true
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
