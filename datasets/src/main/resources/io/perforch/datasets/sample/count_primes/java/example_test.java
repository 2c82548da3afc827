public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.countPrimes(10) == 4,
                s.countPrimes(2) == 0,
                s.countPrimes(30) == 10
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
