

def check(candidate):
    assert candidate([[1, 4], [2, 5], [7, 9]]) == [[1, 5], [7, 9]]
    assert candidate([[5, 7], [1, 5]]) == [[1, 7]]


check(merge_intervals)
