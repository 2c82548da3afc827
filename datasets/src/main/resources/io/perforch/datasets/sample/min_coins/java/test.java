public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.minCoins(new ArrayList<>(Arrays.asList(1, 3, 4)), 6) == 2,
                s.minCoins(new ArrayList<>(Arrays.asList(2)), 3) == -1,
                s.minCoins(new ArrayList<>(Arrays.asList(5)), 0) == 0,
                s.minCoins(new ArrayList<>(), 0) == 0,
                s.minCoins(new ArrayList<>(), 4) == -1,
                s.minCoins(new ArrayList<>(Arrays.asList(1)), 1) == 1,
                s.minCoins(new ArrayList<>(Arrays.asList(7)), 14) == 2,
                s.minCoins(new ArrayList<>(Arrays.asList(3, 7)), 11) == -1,
                s.minCoins(new ArrayList<>(Arrays.asList(3, 7)), 13) == 3,
                s.minCoins(new ArrayList<>(Arrays.asList(9, 6, 5, 1)), 11) == 2,
                s.minCoins(new ArrayList<>(Arrays.asList(1, 5, 10, 25)), 63) == 6,
                s.minCoins(new ArrayList<>(Arrays.asList(5, 10)), 3) == -1,
                s.minCoins(new ArrayList<>(Arrays.asList(2, 5)), 1000) == 200,
                s.minCoins(new ArrayList<>(Arrays.asList(4, 7)), 10000) == 1429,
                s.minCoins(new ArrayList<>(Arrays.asList(25, 10, 1)), 30) == 3
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
