#undef NDEBUG
#include<assert.h>
int main(){
    assert (most_frequent_word({"dog"}) == "dog");
    assert (most_frequent_word({"a", "B"}) == "B");
    assert (most_frequent_word({"b", "c", "a"}) == "a");
    assert (most_frequent_word({"aa", "a", "a", "aa", "aa"}) == "aa");
    assert (most_frequent_word({"", "", "x"}) == "");
    assert (most_frequent_word({"ab", "abc", "ab", "abc"}) == "ab");
    assert (most_frequent_word({"zeta", "alpha", "zeta", "beta", "alpha", "zeta"}) == "zeta");
    assert (most_frequent_word({"b", "a", "b", "a", "c"}) == "a");
    long long seed = 77;
    vector<string> vocabulary;
    for (int i = 0; i < 3000; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        int length = 3 + (int)((seed >> 16) % 5);
        string word;
        for (int j = 0; j < length; j++) {
            seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
            word += (char)('a' + (seed >> 16) % 26);
        }
        vocabulary.push_back(word);
    }
    vector<string> words;
    for (int i = 0; i < 13500; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        words.push_back(vocabulary[(seed >> 16) % 3000]);
    }
    assert (most_frequent_word(words) == "oyb");
}
