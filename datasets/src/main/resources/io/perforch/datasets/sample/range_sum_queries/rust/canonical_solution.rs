    let mut prefix = vec![0i64; nums.len() + 1];
    for (i, &x) in nums.iter().enumerate() {
        prefix[i + 1] = prefix[i] + x as i64;
    }
    queries.iter().map(|&(left, right)| prefix[right + 1] - prefix[left]).collect()
}
