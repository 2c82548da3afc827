

def check(candidate):
    assert candidate("") == ""
    assert candidate("1a") == "a"
    assert candidate("3a2b1c") == "aaabbc"
    assert candidate("0a3b") == "bbb"
    assert candidate("2 3!") == "  !!!"
    assert candidate("10z1y") == "zzzzzzzzzzy"
    assert candidate("1-2+") == "-++"
    assert candidate("3A2a") == "AAAaa"
    assert candidate("100q") == "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"
    assert candidate("01x002y") == "xyy"
    assert candidate("1a1a1a") == "aaa"


check(decode_run_length)
