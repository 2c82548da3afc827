

def check(candidate):
    assert candidate(["note", "tone", "stone", "onset", "one"]) == 3
    assert candidate(["abc", "cba", "b"]) == 2


check(count_anagram_groups)
