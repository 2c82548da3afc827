    let (dx, dy) = ([0, 1, 0, -1], [1, 0, -1, 0]);
    let (mut x, mut y, mut direction) = (0i32, 0i32, 0usize);
    for c in commands.chars() {
        match c {
            'F' => {
                x += dx[direction];
                y += dy[direction];
            }
            'R' => direction = (direction + 1) % 4,
            'L' => direction = (direction + 3) % 4,
            _ => {}
        }
    }
    x.abs() + y.abs()
}
