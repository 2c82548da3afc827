

def check(candidate):
    assert candidate("42") == 42
    assert candidate("0") == 0
    assert candidate(" 7 ") == 7
    assert candidate("2*3+4") == 10
    assert candidate("2+3*4") == 14
    assert candidate("2*(3+4)*5") == 70
    assert candidate("100-(20-5)*2") == 70
    assert candidate("((((6))))") == 6
    assert candidate("1-2-3") == -4
    assert candidate("3-(4-(5-6))") == -2
    assert candidate("100000 * 100000") == 10000000000
    assert candidate("2 * 3 * 4 - 10 * 2 + 1") == 5
    assert candidate("0*5-7") == -7
    assert candidate("123456789 * 1000 + 1") == 123456789001
    assert candidate("8 - 2 * 3 + (1 + 1) * (2 - 5)") == -4


check(evaluate_expression)
