public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.decodeRunLength("3a2b1c").equals("aaabbc"),
                s.decodeRunLength("12x").equals("xxxxxxxxxxxx"),
                s.decodeRunLength("").equals("")
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
