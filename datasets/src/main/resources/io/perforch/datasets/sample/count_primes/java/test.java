public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.countPrimes(-7) == 0,
                s.countPrimes(0) == 0,
                s.countPrimes(1) == 0,
                s.countPrimes(2) == 0,
                s.countPrimes(3) == 1,
                s.countPrimes(4) == 2,
                s.countPrimes(10) == 4,
                s.countPrimes(11) == 4,
                s.countPrimes(12) == 5,
                s.countPrimes(100) == 25,
                s.countPrimes(1000) == 168,
                s.countPrimes(7919) == 999,
                s.countPrimes(7920) == 1000
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
        if (s.countPrimes(600000) != 49098) {
            throw new AssertionError();
        }
    }
}
