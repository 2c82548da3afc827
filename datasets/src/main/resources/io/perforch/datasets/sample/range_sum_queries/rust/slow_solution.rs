    queries
        .iter()
        .map(|&(left, right)| nums[left..=right].iter().map(|&x| x as i64).sum())
        .collect()
}
