public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("red", "blue", "red", "green"))).equals("red"),
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("b", "a", "b", "a", "c"))).equals("a")
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
