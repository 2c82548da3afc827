public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.distinctInWindows(new ArrayList<>(Arrays.asList(1, 2, 1, 3, 3)), 3).equals(Arrays.asList(2, 3, 2)),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(4, 4, 4)), 2).equals(Arrays.asList(1, 1))
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
