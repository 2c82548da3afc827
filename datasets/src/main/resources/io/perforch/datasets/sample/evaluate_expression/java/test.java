public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.evaluateExpression("42") == 42L,
                s.evaluateExpression("0") == 0L,
                s.evaluateExpression(" 7 ") == 7L,
                s.evaluateExpression("2*3+4") == 10L,
                s.evaluateExpression("2+3*4") == 14L,
                s.evaluateExpression("2*(3+4)*5") == 70L,
                s.evaluateExpression("100-(20-5)*2") == 70L,
                s.evaluateExpression("((((6))))") == 6L,
                s.evaluateExpression("1-2-3") == -4L,
                s.evaluateExpression("3-(4-(5-6))") == -2L,
                s.evaluateExpression("100000 * 100000") == 10000000000L,
                s.evaluateExpression("2 * 3 * 4 - 10 * 2 + 1") == 5L,
                s.evaluateExpression("0*5-7") == -7L,
                s.evaluateExpression("123456789 * 1000 + 1") == 123456789001L,
                s.evaluateExpression("8 - 2 * 3 + (1 + 1) * (2 - 5)") == -4L
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
