

def check(candidate):
    assert candidate([1, 2, 3, 4], [(0, 1), (1, 3), (2, 2)]) == [3, 9, 3]
    assert candidate([5, -2], []) == []


check(range_sums)
