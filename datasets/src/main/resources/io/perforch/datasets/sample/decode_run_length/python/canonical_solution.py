    parts = []
    count = 0
    for c in encoded:
        if c.isdigit():
            count = count * 10 + int(c)
        else:
            parts.append(c * count)
            count = 0
    return "".join(parts)
