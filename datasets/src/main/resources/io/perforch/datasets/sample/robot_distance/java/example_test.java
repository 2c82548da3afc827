public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.robotDistance("FFRFF") == 4,
                s.robotDistance("FLFLFLF") == 0,
                s.robotDistance("") == 0
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
