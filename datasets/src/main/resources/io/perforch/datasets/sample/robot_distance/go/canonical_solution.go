    dx, dy := []int{0, 1, 0, -1}, []int{1, 0, -1, 0}
    x, y, direction := 0, 0, 0
    for _, c := range commands {
        switch c {
        case 'F':
            x += dx[direction]
            y += dy[direction]
        case 'R':
            direction = (direction + 1) % 4
        case 'L':
            direction = (direction + 3) % 4
        }
    }
    if x < 0 {
        x = -x
    }
    if y < 0 {
        y = -y
    }
    return x + y
}
