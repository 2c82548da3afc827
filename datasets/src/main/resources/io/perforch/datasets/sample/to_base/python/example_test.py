

def check(candidate):
    assert candidate(255, 16) == "ff"
    assert candidate(10, 2) == "1010"
    assert candidate(-7, 3) == "-21"
    assert candidate(0, 5) == "0"


check(to_base)
