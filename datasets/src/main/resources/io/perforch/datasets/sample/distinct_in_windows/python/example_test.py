

def check(candidate):
    assert candidate([1, 2, 1, 3, 3], 3) == [2, 3, 2]
    assert candidate([4, 4, 4], 2) == [1, 1]


check(distinct_in_windows)
