

def check(candidate):
    assert candidate("") == True
    assert candidate("([]{})") == True
    assert candidate("((") == False
    assert candidate("))((") == False
    assert candidate("a(b)c]") == False
    assert candidate("}{") == False
    assert candidate("[(])") == False
    assert candidate("{[()()]}") == True
    assert candidate("no brackets") == True
    assert candidate("(((())))") == True
    assert candidate("(()") == False
    assert candidate("())") == False
    assert candidate("x{y[z(w)v]u}t") == True
    assert candidate("]") == False
    assert candidate("([)]") == False


check(is_balanced)
