public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.minCoins(new ArrayList<>(Arrays.asList(1, 3, 4)), 6) == 2,
                s.minCoins(new ArrayList<>(Arrays.asList(2)), 3) == -1,
                s.minCoins(new ArrayList<>(Arrays.asList(5)), 0) == 0
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
