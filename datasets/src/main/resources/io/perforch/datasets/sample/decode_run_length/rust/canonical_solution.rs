    let mut out = String::new();
    let mut count = 0usize;
    for c in encoded.chars() {
        if let Some(d) = c.to_digit(10) {
            count = count * 10 + d as usize;
        } else {
            out.extend(std::iter::repeat(c).take(count));
            count = 0;
        }
    }
    out
}
