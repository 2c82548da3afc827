

def check(candidate):
    assert candidate([1, 2, 3, 4], [(0, 3)]) == [10]
    assert candidate([7], [(0, 0), (0, 0)]) == [7, 7]
    assert candidate([-3, 7, -2], [(0, 2), (1, 1), (0, 0), (2, 2), (1, 2)]) == [2, 7, -3, -2, 5]
    assert candidate([2000000000, 2000000000, -1], [(0, 1), (0, 2), (2, 2)]) == [4000000000, 3999999999, -1]
    assert candidate([-2000000000, -2000000000, -2000000000], [(0, 2)]) == [-6000000000]
    assert candidate([4, 4], []) == []
    assert candidate([0, 0, 5, 0], [(3, 3), (0, 1), (1, 2)]) == [0, 0, 5]
    seed = 99
    nums = []
    for _ in range(100000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        nums.append(seed % 1000001)
    queries = []
    for _ in range(14000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        a = seed % 100000
        seed = (seed * 1103515245 + 12345) % 2147483648
        b = seed % 100000
        queries.append((min(a, b), max(a, b)))
    result = candidate(nums, queries)
    assert len(result) == 14000
    assert result[0] == 3128572536 and result[-1] == 43484748449
    assert sum(result) == 236526136150697
    assert sum(v * (i % 7 + 1) for i, v in enumerate(result)) == 946626897685714


check(range_sums)
