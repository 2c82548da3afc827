public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.distinctInWindows(new ArrayList<>(), 1).equals(Arrays.asList()),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(5)), 1).equals(Arrays.asList(1)),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(4, 4, 4, 4)), 2).equals(Arrays.asList(1, 1, 1)),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(1, 2, 3)), 3).equals(Arrays.asList(3)),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(1, 2, 3)), 4).equals(Arrays.asList()),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(1, 2, 3, 4)), 1).equals(Arrays.asList(1, 1, 1, 1)),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(-1, 1, -1, 1, 0)), 2).equals(Arrays.asList(2, 2, 2, 2)),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(7, 7, 8, 7, 9, 9)), 3).equals(Arrays.asList(2, 2, 3, 2)),
                s.distinctInWindows(new ArrayList<>(Arrays.asList(1, 2, 1, 3, 3)), 3).equals(Arrays.asList(2, 3, 2))
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
        long seed = 31337;
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 24000; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            nums.add((int) (seed % 200));
        }
        List<Integer> result = s.distinctInWindows(nums, 900);
        if (result.size() != 23101 || result.get(0) != 198 || result.get(23101 - 1) != 196) {
            throw new AssertionError();
        }
        long total = 0, weighted = 0;
        for (int i = 0; i < result.size(); i++) {
            total += result.get(i);
            weighted += (long) result.get(i) * (i % 7 + 1);
        }
        if (total != 4573187L || weighted != 18292195L) {
            throw new AssertionError();
        }
    }
}
