

def check(candidate):
    assert candidate(["the", "cat", "sat", "on", "the", "mat"], ["on", "the", "mat"]) == 2
    assert candidate([], ["a"]) == 0


check(count_unknown_words)
