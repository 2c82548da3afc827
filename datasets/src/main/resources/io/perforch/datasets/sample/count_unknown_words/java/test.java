public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.countUnknownWords(new ArrayList<>(Arrays.asList("a", "a", "b")), new ArrayList<>()) == 3,
                s.countUnknownWords(new ArrayList<>(Arrays.asList("Cat", "cat")), new ArrayList<>(Arrays.asList("cat"))) == 1,
                s.countUnknownWords(new ArrayList<>(Arrays.asList("")), new ArrayList<>(Arrays.asList(""))) == 0,
                s.countUnknownWords(new ArrayList<>(Arrays.asList("x")), new ArrayList<>(Arrays.asList("xy", "x y"))) == 1,
                s.countUnknownWords(new ArrayList<>(Arrays.asList("ab", "ba", "ab")), new ArrayList<>(Arrays.asList("ba"))) == 2,
                s.countUnknownWords(new ArrayList<>(Arrays.asList("one", "two", "three")), new ArrayList<>(Arrays.asList("three", "two", "one", "zero"))) == 0,
                s.countUnknownWords(new ArrayList<>(), new ArrayList<>()) == 0,
                s.countUnknownWords(new ArrayList<>(Arrays.asList("word", "word", "words")), new ArrayList<>(Arrays.asList("word", "word"))) == 1
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
        long seed = 5;
        List<String> dictionary = new ArrayList<>();
        for (int i = 0; i < 12500; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            int length = 3 + (int) ((seed >> 16) % 5);
            StringBuilder word = new StringBuilder();
            for (int j = 0; j < length; j++) {
                seed = (seed * 1103515245L + 12345L) % 2147483648L;
                word.append((char) ('a' + (seed >> 16) % 26));
            }
            dictionary.add(word.toString());
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 30000; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            if ((seed >> 16) % 2 == 0) {
                seed = (seed * 1103515245L + 12345L) % 2147483648L;
                words.add(dictionary.get((int) ((seed >> 16) % 12500)));
            } else {
                seed = (seed * 1103515245L + 12345L) % 2147483648L;
                int length = 3 + (int) ((seed >> 16) % 5);
                StringBuilder word = new StringBuilder();
                for (int j = 0; j < length; j++) {
                    seed = (seed * 1103515245L + 12345L) % 2147483648L;
                    word.append((char) ('a' + (seed >> 16) % 26));
                }
                words.add(word.toString());
            }
        }
        if (s.countUnknownWords(words, dictionary) != 14607) {
            throw new AssertionError();
        }
    }
}
