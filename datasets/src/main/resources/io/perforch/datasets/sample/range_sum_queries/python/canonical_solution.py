    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    return [prefix[right + 1] - prefix[left] for left, right in queries]
