public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.mergeIntervals(new ArrayList<>()).equals(Arrays.asList()),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(4, 4)))).equals(Arrays.asList(Arrays.asList(4, 4))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(1, 2), Arrays.asList(3, 4)))).equals(Arrays.asList(Arrays.asList(1, 2), Arrays.asList(3, 4))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(1, 10), Arrays.asList(2, 3), Arrays.asList(4, 5)))).equals(Arrays.asList(Arrays.asList(1, 10))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(-5, -1), Arrays.asList(-3, 2), Arrays.asList(6, 8), Arrays.asList(0, 1)))).equals(Arrays.asList(Arrays.asList(-5, 2), Arrays.asList(6, 8))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(3, 4), Arrays.asList(1, 2), Arrays.asList(2, 3)))).equals(Arrays.asList(Arrays.asList(1, 4))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(1, 3), Arrays.asList(1, 2)))).equals(Arrays.asList(Arrays.asList(1, 3))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(0, 0), Arrays.asList(0, 0), Arrays.asList(1, 1)))).equals(Arrays.asList(Arrays.asList(0, 0), Arrays.asList(1, 1))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(10, 20), Arrays.asList(-1000000000, 1000000000), Arrays.asList(5, 6)))).equals(Arrays.asList(Arrays.asList(-1000000000, 1000000000))),
                s.mergeIntervals(new ArrayList<>(Arrays.asList(Arrays.asList(8, 9), Arrays.asList(1, 2), Arrays.asList(5, 6), Arrays.asList(2, 2)))).equals(Arrays.asList(Arrays.asList(1, 2), Arrays.asList(5, 6), Arrays.asList(8, 9)))
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
