

def check(candidate):
    assert candidate([7]) == [7]
    assert candidate([3, 3, 3]) == [3, 3, 3]
    assert candidate([1, 2, 3, 4, 5]) == [1, 1, 2, 2, 3]
    assert candidate([5, 4, 3, 2, 1]) == [5, 4, 4, 3, 3]
    assert candidate([-1, -5, 10, 0]) == [-1, -5, -1, -1]
    assert candidate([2, 1000000000, -1000000000, 2]) == [2, 2, 2, 2]
    assert candidate([10, 20, 30, 40, 1, 2, 3]) == [10, 10, 20, 20, 20, 10, 10]
    assert candidate([]) == []
    seed = 4242
    nums = []
    for _ in range(3000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        nums.append(seed % 1000001 - 500000)
    result = candidate(nums)
    assert len(result) == 3000
    assert result[0] == 310899 and result[-1] == 12781
    assert sum(result) == 18819474
    assert sum(v * (i % 7 + 1) for i, v in enumerate(result)) == 75468083


check(running_median)
