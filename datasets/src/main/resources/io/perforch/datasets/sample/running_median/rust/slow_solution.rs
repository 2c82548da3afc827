    let mut result = Vec::new();
    for i in 0..nums.len() {
        let mut prefix = nums[..=i].to_vec();
        prefix.sort();
        result.push(prefix[i / 2]);
    }
    result
}
