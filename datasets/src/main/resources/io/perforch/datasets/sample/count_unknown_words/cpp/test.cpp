#undef NDEBUG
#include<assert.h>
int main(){
    assert (count_unknown_words({"a", "a", "b"}, {}) == 3);
    assert (count_unknown_words({"Cat", "cat"}, {"cat"}) == 1);
    assert (count_unknown_words({""}, {""}) == 0);
    assert (count_unknown_words({"x"}, {"xy", "x y"}) == 1);
    assert (count_unknown_words({"ab", "ba", "ab"}, {"ba"}) == 2);
    assert (count_unknown_words({"one", "two", "three"}, {"three", "two", "one", "zero"}) == 0);
    assert (count_unknown_words({}, {}) == 0);
    assert (count_unknown_words({"word", "word", "words"}, {"word", "word"}) == 1);
    long long seed = 5;
    vector<string> dictionary;
    for (int i = 0; i < 12500; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        int length = 3 + (int)((seed >> 16) % 5);
        string word;
        for (int j = 0; j < length; j++) {
            seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
            word += (char)('a' + (seed >> 16) % 26);
        }
        dictionary.push_back(word);
    }
    vector<string> words;
    for (int i = 0; i < 30000; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        if ((seed >> 16) % 2 == 0) {
            seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
            words.push_back(dictionary[(seed >> 16) % 12500]);
        } else {
            seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
            int length = 3 + (int)((seed >> 16) % 5);
            string word;
            for (int j = 0; j < length; j++) {
                seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
                word += (char)('a' + (seed >> 16) % 26);
            }
            words.push_back(word);
        }
    }
    assert (count_unknown_words(words, dictionary) == 14607);
}
