    let mut window: Vec<i32> = Vec::new();
    let mut result = Vec::new();
    for (i, &x) in nums.iter().enumerate() {
        let pos = window.partition_point(|&y| y <= x);
        window.insert(pos, x);
        result.push(window[i / 2]);
    }
    result
}
