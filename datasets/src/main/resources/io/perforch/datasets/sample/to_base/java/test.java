public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.toBase(0L, 2).equals("0"),
                s.toBase(0L, 16).equals("0"),
                s.toBase(1L, 2).equals("1"),
                s.toBase(10L, 2).equals("1010"),
                s.toBase(255L, 16).equals("ff"),
                s.toBase(-255L, 16).equals("-ff"),
                s.toBase(-7L, 3).equals("-21"),
                s.toBase(8L, 8).equals("10"),
                s.toBase(35L, 16).equals("23"),
                s.toBase(1000000L, 7).equals("11333311"),
                s.toBase(2147483647L, 2).equals("1111111111111111111111111111111"),
                s.toBase(9223372036854775807L, 16).equals("7fffffffffffffff"),
                s.toBase(-9223372036854775808L, 16).equals("-8000000000000000"),
                s.toBase(-9223372036854775808L, 2).equals("-1000000000000000000000000000000000000000000000000000000000000000"),
                s.toBase(4095L, 16).equals("fff"),
                s.toBase(100L, 10).equals("100"),
                s.toBase(-1L, 2).equals("-1"),
                s.toBase(14L, 15).equals("e"),
                s.toBase(15L, 15).equals("10")
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
