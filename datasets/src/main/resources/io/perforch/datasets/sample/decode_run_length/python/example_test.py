

def check(candidate):
    assert candidate("3a2b1c") == "aaabbc"
    assert candidate("12x") == "xxxxxxxxxxxx"
    assert candidate("") == ""


check(decode_run_length)
