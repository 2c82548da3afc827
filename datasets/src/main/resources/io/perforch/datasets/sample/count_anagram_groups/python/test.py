

def check(candidate):
    assert candidate([]) == 0
    assert candidate(["abc"]) == 1
    assert candidate(["listen", "silent", "enlist", "google", "gooegl"]) == 2
    assert candidate(["a", "b", "a"]) == 2
    assert candidate(["ab", "ba", "abc", "cab", "bca", "x"]) == 3
    assert candidate(["aab", "abb"]) == 2
    assert candidate(["", ""]) == 1
    assert candidate(["Ab", "bA", "ab"]) == 2
    assert candidate(["abcd", "dcba", "bcda", "abce"]) == 2
    seed = 2718
    words = []
    for _ in range(25000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = 3 + (seed >> 16) % 5
        word = ""
        for _ in range(length):
            seed = (seed * 1103515245 + 12345) % 2147483648
            word += chr(97 + (seed >> 16) % 20)
        words.append(word)
    assert candidate(words) == 19814


check(count_anagram_groups)
