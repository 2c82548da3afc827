    nums.windows(k).map(|w| w.iter().collect::<std::collections::HashSet<_>>().len() as i32).collect()
}
