    dx, dy = [0, 1, 0, -1], [1, 0, -1, 0]
    x = y = direction = 0
    for c in commands:
        if c == "F":
            x += dx[direction]
            y += dy[direction]
        elif c == "R":
            direction = (direction + 1) % 4
        elif c == "L":
            direction = (direction + 3) % 4
    return abs(x) + abs(y)
