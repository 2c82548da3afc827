        int[] dx = {0, 1, 0, -1}, dy = {1, 0, -1, 0};
        int x = 0, y = 0, direction = 0;
        for (char c : commands.toCharArray()) {
            if (c == 'F') {
                x += dx[direction];
                y += dy[direction];
            } else if (c == 'R') {
                direction = (direction + 1) % 4;
            } else if (c == 'L') {
                direction = (direction + 3) % 4;
            }
        }
        return Math.abs(x) + Math.abs(y);
    }
}
