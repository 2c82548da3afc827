

def check(candidate):
    assert candidate([], 1) == []
    assert candidate([5], 1) == [1]
    assert candidate([4, 4, 4, 4], 2) == [1, 1, 1]
    assert candidate([1, 2, 3], 3) == [3]
    assert candidate([1, 2, 3], 4) == []
    assert candidate([1, 2, 3, 4], 1) == [1, 1, 1, 1]
    assert candidate([-1, 1, -1, 1, 0], 2) == [2, 2, 2, 2]
    assert candidate([7, 7, 8, 7, 9, 9], 3) == [2, 2, 3, 2]
    assert candidate([1, 2, 1, 3, 3], 3) == [2, 3, 2]
    seed = 31337
    nums = []
    for _ in range(24000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        nums.append(seed % 200)
    result = candidate(nums, 900)
    assert len(result) == 23101
    assert result[0] == 198 and result[-1] == 196
    assert sum(result) == 4573187
    assert sum(v * (i % 7 + 1) for i, v in enumerate(result)) == 18292195


check(distinct_in_windows)
