    counts = Counter(words)
    return min(counts, key=lambda w: (-counts[w], w))
