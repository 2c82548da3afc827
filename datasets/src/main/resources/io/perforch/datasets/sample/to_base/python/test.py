

def check(candidate):
    assert candidate(0, 2) == "0"
    assert candidate(0, 16) == "0"
    assert candidate(1, 2) == "1"
    assert candidate(10, 2) == "1010"
    assert candidate(255, 16) == "ff"
    assert candidate(-255, 16) == "-ff"
    assert candidate(-7, 3) == "-21"
    assert candidate(8, 8) == "10"
    assert candidate(35, 16) == "23"
    assert candidate(1000000, 7) == "11333311"
    assert candidate(2147483647, 2) == "1111111111111111111111111111111"
    assert candidate(9223372036854775807, 16) == "7fffffffffffffff"
    assert candidate(-9223372036854775808, 16) == "-8000000000000000"
    assert candidate(-9223372036854775808, 2) == "-1000000000000000000000000000000000000000000000000000000000000000"
    assert candidate(4095, 16) == "fff"
    assert candidate(100, 10) == "100"
    assert candidate(-1, 2) == "-1"
    assert candidate(14, 15) == "e"
    assert candidate(15, 15) == "10"


check(to_base)
