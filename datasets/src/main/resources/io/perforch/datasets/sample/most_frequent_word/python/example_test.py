

def check(candidate):
    assert candidate(["red", "blue", "red", "green"]) == "red"
    assert candidate(["b", "a", "b", "a", "c"]) == "a"


check(most_frequent_word)
