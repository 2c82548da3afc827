    return sum(1 for w in words if w not in dictionary)
