

def check(candidate):
    assert candidate([5, 2, 8, 1]) == [5, 2, 5, 2]
    assert candidate([]) == []


check(running_median)
