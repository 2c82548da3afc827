

def check(candidate):
    assert candidate([1, 3, 4], 6) == 2
    assert candidate([2], 3) == -1
    assert candidate([5], 0) == 0
    assert candidate([], 0) == 0
    assert candidate([], 4) == -1
    assert candidate([1], 1) == 1
    assert candidate([7], 14) == 2
    assert candidate([3, 7], 11) == -1
    assert candidate([3, 7], 13) == 3
    assert candidate([9, 6, 5, 1], 11) == 2
    assert candidate([1, 5, 10, 25], 63) == 6
    assert candidate([5, 10], 3) == -1
    assert candidate([2, 5], 1000) == 200
    assert candidate([4, 7], 10000) == 1429
    assert candidate([25, 10, 1], 30) == 3


check(min_coins)
