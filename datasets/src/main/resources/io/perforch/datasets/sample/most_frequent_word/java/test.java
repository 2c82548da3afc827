public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("dog"))).equals("dog"),
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("a", "B"))).equals("B"),
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("b", "c", "a"))).equals("a"),
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("aa", "a", "a", "aa", "aa"))).equals("aa"),
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("", "", "x"))).equals(""),
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("ab", "abc", "ab", "abc"))).equals("ab"),
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("zeta", "alpha", "zeta", "beta", "alpha", "zeta"))).equals("zeta"),
                s.mostFrequentWord(new ArrayList<>(Arrays.asList("b", "a", "b", "a", "c"))).equals("a")
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
        long seed = 77;
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            int length = 3 + (int) ((seed >> 16) % 5);
            StringBuilder word = new StringBuilder();
            for (int j = 0; j < length; j++) {
                seed = (seed * 1103515245L + 12345L) % 2147483648L;
                word.append((char) ('a' + (seed >> 16) % 26));
            }
            vocabulary.add(word.toString());
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 13500; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            words.add(vocabulary.get((int) ((seed >> 16) % 3000)));
        }
        if (!s.mostFrequentWord(words).equals("oyb")) {
            throw new AssertionError();
        }
    }
}
