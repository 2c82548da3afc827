    return [len(set(nums[i:i + k])) for i in range(len(nums) - k + 1)]
