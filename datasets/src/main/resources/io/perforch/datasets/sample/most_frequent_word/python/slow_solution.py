    best, best_count = "", 0
    for w in words:
        c = words.count(w)
        if c > best_count or (c == best_count and w < best):
            best, best_count = w, c
    return best
