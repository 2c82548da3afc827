public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.rangeSums(new ArrayList<>(Arrays.asList(1, 2, 3, 4)), new ArrayList<>(Arrays.asList(Arrays.asList(0, 1), Arrays.asList(1, 3), Arrays.asList(2, 2)))).equals(Arrays.asList(3L, 9L, 3L)),
                s.rangeSums(new ArrayList<>(Arrays.asList(5, -2)), new ArrayList<>()).equals(Arrays.asList())
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
