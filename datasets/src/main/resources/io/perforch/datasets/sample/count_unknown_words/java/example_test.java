public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.countUnknownWords(new ArrayList<>(Arrays.asList("the", "cat", "sat", "on", "the", "mat")), new ArrayList<>(Arrays.asList("on", "the", "mat"))) == 2,
                s.countUnknownWords(new ArrayList<>(), new ArrayList<>(Arrays.asList("a"))) == 0
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
