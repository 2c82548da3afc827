

def check(candidate):
    assert candidate(["dog"]) == "dog"
    assert candidate(["a", "B"]) == "B"
    assert candidate(["b", "c", "a"]) == "a"
    assert candidate(["aa", "a", "a", "aa", "aa"]) == "aa"
    assert candidate(["", "", "x"]) == ""
    assert candidate(["ab", "abc", "ab", "abc"]) == "ab"
    assert candidate(["zeta", "alpha", "zeta", "beta", "alpha", "zeta"]) == "zeta"
    assert candidate(["b", "a", "b", "a", "c"]) == "a"
    seed = 77
    vocabulary = []
    for _ in range(3000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = 3 + (seed >> 16) % 5
        word = ""
        for _ in range(length):
            seed = (seed * 1103515245 + 12345) % 2147483648
            word += chr(97 + (seed >> 16) % 26)
        vocabulary.append(word)
    words = []
    for _ in range(13500):
        seed = (seed * 1103515245 + 12345) % 2147483648
        words.append(vocabulary[(seed >> 16) % 3000])
    assert candidate(words) == "oyb"


check(most_frequent_word)
