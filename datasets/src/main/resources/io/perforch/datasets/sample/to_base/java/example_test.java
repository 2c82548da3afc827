public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.toBase(255L, 16).equals("ff"),
                s.toBase(10L, 2).equals("1010"),
                s.toBase(-7L, 3).equals("-21"),
                s.toBase(0L, 5).equals("0")
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
