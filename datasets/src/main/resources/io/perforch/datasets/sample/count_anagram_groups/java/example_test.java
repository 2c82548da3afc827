public class Main {
    public static void main(String[] args) {
        Solution s = new Solution();
        List<Boolean> correct = Arrays.asList(
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("note", "tone", "stone", "onset", "one"))) == 3,
                s.countAnagramGroups(new ArrayList<>(Arrays.asList("abc", "cba", "b"))) == 2
        );
        if (correct.contains(false)) {
            throw new AssertionError();
        }
    }
}
