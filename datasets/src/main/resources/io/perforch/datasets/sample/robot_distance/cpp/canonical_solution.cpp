    const int dx[4] = {0, 1, 0, -1}, dy[4] = {1, 0, -1, 0};
    int x = 0, y = 0, direction = 0;
    for (char c : commands) {
        if (c == 'F') {
            x += dx[direction];
            y += dy[direction];
        } else if (c == 'R') {
            direction = (direction + 1) % 4;
        } else if (c == 'L') {
            direction = (direction + 3) % 4;
        }
    }
    return abs(x) + abs(y);
}
