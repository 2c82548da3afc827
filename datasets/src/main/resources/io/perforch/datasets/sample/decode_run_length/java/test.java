public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.decodeRunLength("").equals(""),
                s.decodeRunLength("1a").equals("a"),
                s.decodeRunLength("3a2b1c").equals("aaabbc"),
                s.decodeRunLength("0a3b").equals("bbb"),
                s.decodeRunLength("2 3!").equals("  !!!"),
                s.decodeRunLength("10z1y").equals("zzzzzzzzzzy"),
                s.decodeRunLength("1-2+").equals("-++"),
                s.decodeRunLength("3A2a").equals("AAAaa"),
                s.decodeRunLength("100q").equals("qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"),
                s.decodeRunLength("01x002y").equals("xyy"),
                s.decodeRunLength("1a1a1a").equals("aaa")
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
