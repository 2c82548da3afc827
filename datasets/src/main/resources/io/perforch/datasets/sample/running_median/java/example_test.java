public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.runningMedian(new ArrayList<>(Arrays.asList(5, 2, 8, 1))).equals(Arrays.asList(5, 2, 5, 2)),
                s.runningMedian(new ArrayList<>()).equals(Arrays.asList())
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
