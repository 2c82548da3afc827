

def check(candidate):
    assert candidate(["a", "a", "b"], []) == 3
    assert candidate(["Cat", "cat"], ["cat"]) == 1
    assert candidate([""], [""]) == 0
    assert candidate(["x"], ["xy", "x y"]) == 1
    assert candidate(["ab", "ba", "ab"], ["ba"]) == 2
    assert candidate(["one", "two", "three"], ["three", "two", "one", "zero"]) == 0
    assert candidate([], []) == 0
    assert candidate(["word", "word", "words"], ["word", "word"]) == 1
    seed = 5
    dictionary = []
    for _ in range(12500):
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = 3 + (seed >> 16) % 5
        word = ""
        for _ in range(length):
            seed = (seed * 1103515245 + 12345) % 2147483648
            word += chr(97 + (seed >> 16) % 26)
        dictionary.append(word)
    words = []
    for _ in range(30000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        if (seed >> 16) % 2 == 0:
            seed = (seed * 1103515245 + 12345) % 2147483648
            words.append(dictionary[(seed >> 16) % 12500])
        else:
            seed = (seed * 1103515245 + 12345) % 2147483648
            length = 3 + (seed >> 16) % 5
            word = ""
            for _ in range(length):
                seed = (seed * 1103515245 + 12345) % 2147483648
                word += chr(97 + (seed >> 16) % 26)
            words.append(word)
    assert candidate(words, dictionary) == 14607


check(count_unknown_words)
