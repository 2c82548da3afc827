public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(1, 4), Arrays.asList(2, 5), Arrays.asList(7, 9)))).equals(Arrays.asList(Arrays.asList(1, 5), Arrays.asList(7, 9))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(5, 7), Arrays.asList(1, 5)))).equals(Arrays.asList(Arrays.asList(1, 7)))
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
