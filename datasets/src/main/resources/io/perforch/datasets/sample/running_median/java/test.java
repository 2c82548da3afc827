public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.runningMedian(new ArrayList<>(Arrays.asList(7))).equals(Arrays.asList(7)),
                s.runningMedian(new ArrayList<>(Arrays.asList(3, 3, 3))).equals(Arrays.asList(3, 3, 3)),
                s.runningMedian(new ArrayList<>(Arrays.asList(1, 2, 3, 4, 5))).equals(Arrays.asList(1, 1, 2, 2, 3)),
                s.runningMedian(new ArrayList<>(Arrays.asList(5, 4, 3, 2, 1))).equals(Arrays.asList(5, 4, 4, 3, 3)),
                s.runningMedian(new ArrayList<>(Arrays.asList(-1, -5, 10, 0))).equals(Arrays.asList(-1, -5, -1, -1)),
                s.runningMedian(new ArrayList<>(Arrays.asList(2, 1000000000, -1000000000, 2))).equals(Arrays.asList(2, 2, 2, 2)),
                s.runningMedian(new ArrayList<>(Arrays.asList(10, 20, 30, 40, 1, 2, 3))).equals(Arrays.asList(10, 10, 20, 20, 20, 10, 10)),
                s.runningMedian(new ArrayList<>()).equals(Arrays.asList())
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
        long seed = 4242;
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            nums.add((int) (seed % 1000001) - 500000);
        }
        List<Integer> result = s.runningMedian(nums);
        if (result.size() != 3000 || result.get(0) != 310899 || result.get(3000 - 1) != 12781) {
            throw new AssertionError();
        }
        long total = 0, weighted = 0;
        for (int i = 0; i < result.size(); i++) {
            total += result.get(i);
            weighted += (long) result.get(i) * (i % 7 + 1);
        }
        if (total != 18819474L || weighted != 75468083L) {
            throw new AssertionError();
        }
    }
}
