    keys = []
    for w in words:
        key = "".join(sorted(w))
        if key not in keys:
            keys.append(key)
    return len(keys)
