public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.evaluateExpression("1 + 2 * 3") == 7L,
                s.evaluateExpression("(1 + 2) * 3") == 9L,
                s.evaluateExpression("10 - 4 - 3") == 3L
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
