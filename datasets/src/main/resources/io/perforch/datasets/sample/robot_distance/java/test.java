public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.robotDistance("") == 0,
                s.robotDistance("F") == 1,
                s.robotDistance("LLFF") == 2,
                s.robotDistance("RFFFLFF") == 5,
                s.robotDistance("RRRF") == 1,
                s.robotDistance("FFFFLLFF") == 2,
                s.robotDistance("FRFRFRFR") == 0,
                s.robotDistance("LFFLFFLFFFF") == 4,
                s.robotDistance("LLLLF") == 1,
                s.robotDistance("RFRFLFLF") == 2,
                s.robotDistance("LRLRLRFFF") == 3,
                s.robotDistance("RRRRRRFFFFF") == 5,
                s.robotDistance("LFFFFFFFFFFRFFFFFFFFFFRFFFFF") == 15
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
