    window = []
    result = []
    for i, x in enumerate(nums):
        insort(window, x)
        result.append(window[i // 2])
    return result
