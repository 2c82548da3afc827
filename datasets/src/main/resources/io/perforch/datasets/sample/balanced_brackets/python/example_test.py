

def check(candidate):
    assert candidate("(a[b]{c})") == True
    assert candidate("(]") == False
    assert candidate("") == True


check(is_balanced)
