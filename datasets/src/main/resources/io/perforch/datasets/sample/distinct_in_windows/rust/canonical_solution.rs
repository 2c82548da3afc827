    let mut counts: HashMap<i32, usize> = HashMap::new();
    let mut result = Vec::new();
    for i in 0..nums.len() {
        *counts.entry(nums[i]).or_insert(0) += 1;
        if i >= k {
            let old = nums[i - k];
            let c = counts.get_mut(&old).unwrap();
            *c -= 1;
            if *c == 0 {
                counts.remove(&old);
            }
        }
        if i + 1 >= k {
            result.push(counts.len() as i32);
        }
    }
    result
}
