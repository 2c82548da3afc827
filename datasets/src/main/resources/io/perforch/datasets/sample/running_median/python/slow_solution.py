    return [sorted(nums[:i + 1])[i // 2] for i in range(len(nums))]
