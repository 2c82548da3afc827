

def check(candidate):
    assert candidate([1, 3, 4], 6) == 2
    assert candidate([2], 3) == -1
    assert candidate([5], 0) == 0


check(min_coins)
