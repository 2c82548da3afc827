

def check(candidate):
    assert candidate("1 + 2 * 3") == 7
    assert candidate("(1 + 2) * 3") == 9
    assert candidate("10 - 4 - 3") == 3


check(evaluate_expression)
