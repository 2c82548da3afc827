#undef NDEBUG
#include<assert.h>
int main(){
    assert (count_anagram_groups({}) == 0);
    assert (count_anagram_groups({"abc"}) == 1);
    assert (count_anagram_groups({"listen", "silent", "enlist", "google", "gooegl"}) == 2);
    assert (count_anagram_groups({"a", "b", "a"}) == 2);
    assert (count_anagram_groups({"ab", "ba", "abc", "cab", "bca", "x"}) == 3);
    assert (count_anagram_groups({"aab", "abb"}) == 2);
    assert (count_anagram_groups({"", ""}) == 1);
    assert (count_anagram_groups({"Ab", "bA", "ab"}) == 2);
    assert (count_anagram_groups({"abcd", "dcba", "bcda", "abce"}) == 2);
    long long seed = 2718;
    vector<string> words;
    for (int i = 0; i < 25000; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        int length = 3 + (int)((seed >> 16) % 5);
        string word;
        for (int j = 0; j < length; j++) {
            seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
            word += (char)('a' + (seed >> 16) % 20);
        }
        words.push_back(word);
    }
    assert (count_anagram_groups(words) == 19814);
}
