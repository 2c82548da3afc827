

def check(candidate):
    assert candidate([]) == []
    assert candidate([[4, 4]]) == [[4, 4]]
    assert candidate([[1, 2], [3, 4]]) == [[1, 2], [3, 4]]
    assert candidate([[1, 10], [2, 3], [4, 5]]) == [[1, 10]]
    assert candidate([[-5, -1], [-3, 2], [6, 8], [0, 1]]) == [[-5, 2], [6, 8]]
    assert candidate([[3, 4], [1, 2], [2, 3]]) == [[1, 4]]
    assert candidate([[1, 3], [1, 2]]) == [[1, 3]]
    assert candidate([[0, 0], [0, 0], [1, 1]]) == [[0, 0], [1, 1]]
    assert candidate([[10, 20], [-1000000000, 1000000000], [5, 6]]) == [[-1000000000, 1000000000]]
    assert candidate([[8, 9], [1, 2], [5, 6], [2, 2]]) == [[1, 2], [5, 6], [8, 9]]


check(merge_intervals)
