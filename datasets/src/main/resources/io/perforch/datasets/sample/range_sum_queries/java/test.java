public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.rangeSums(new ArrayList<>(Arrays.asList(1, 2, 3, 4)), new ArrayList<>(Arrays.asList(Arrays.asList(0, 3)))).equals(Arrays.asList(10L)),
                s.rangeSums(new ArrayList<>(Arrays.asList(7)), new ArrayList<>(Arrays.asList(Arrays.asList(0, 0), Arrays.asList(0, 0)))).equals(Arrays.asList(7L, 7L)),
                s.rangeSums(new ArrayList<>(Arrays.asList(-3, 7, -2)), new ArrayList<>(Arrays.asList(Arrays.asList(0, 2), Arrays.asList(1, 1), Arrays.asList(0, 0), Arrays.asList(2, 2), Arrays.asList(1, 2)))).equals(Arrays.asList(2L, 7L, -3L, -2L, 5L)),
                s.rangeSums(new ArrayList<>(Arrays.asList(2000000000, 2000000000, -1)), new ArrayList<>(Arrays.asList(Arrays.asList(0, 1), Arrays.asList(0, 2), Arrays.asList(2, 2)))).equals(Arrays.asList(4000000000L, 3999999999L, -1L)),
                s.rangeSums(new ArrayList<>(Arrays.asList(-2000000000, -2000000000, -2000000000)), new ArrayList<>(Arrays.asList(Arrays.asList(0, 2)))).equals(Arrays.asList(-6000000000L)),
                s.rangeSums(new ArrayList<>(Arrays.asList(4, 4)), new ArrayList<>()).equals(Arrays.asList()),
                s.rangeSums(new ArrayList<>(Arrays.asList(0, 0, 5, 0)), new ArrayList<>(Arrays.asList(Arrays.asList(3, 3), Arrays.asList(0, 1), Arrays.asList(1, 2)))).equals(Arrays.asList(0L, 0L, 5L))
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
        long seed = 99;
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 100000; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            nums.add((int) (seed % 1000001));
        }
        List<List<Integer>> queries = new ArrayList<>();
        for (int i = 0; i < 14000; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            int a = (int) (seed % 100000);
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            int b = (int) (seed % 100000);
            queries.add(Arrays.asList(Math.min(a, b), Math.max(a, b)));
        }
        List<Long> result = s.rangeSums(nums, queries);
        if (result.size() != 14000 || result.get(0) != 3128572536L || result.get(14000 - 1) != 43484748449L) {
            throw new AssertionError();
        }
        long total = 0, weighted = 0;
        for (int i = 0; i < result.size(); i++) {
            total += result.get(i);
            weighted += result.get(i) * (i % 7 + 1);
        }
        if (total != 236526136150697L || weighted != 946626897685714L) {
            throw new AssertionError();
        }
    }
}
