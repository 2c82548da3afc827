public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.countAnagramGroups(new ArrayList<>()) == 0,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("abc"))) == 1,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("listen", "silent", "enlist", "google", "gooegl"))) == 2,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("a", "b", "a"))) == 2,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("ab", "ba", "abc", "cab", "bca", "x"))) == 3,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("aab", "abb"))) == 2,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("", ""))) == 1,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("Ab", "bA", "ab"))) == 2,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("abcd", "dcba", "bcda", "abce"))) == 2
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
        long seed = 2718;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 25000; i++) {
            seed = (seed * 1103515245L + 12345L) % 2147483648L;
            int length = 3 + (int) ((seed >> 16) % 5);
            StringBuilder word = new StringBuilder();
            for (int j = 0; j < length; j++) {
                seed = (seed * 1103515245L + 12345L) % 2147483648L;
                word.append((char) ('a' + (seed >> 16) % 20));
            }
            words.add(word.toString());
        }
        if (s.countAnagramGroups(words) != 19814) {
            throw new AssertionError();
        }
    }
}
