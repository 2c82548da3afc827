    if n == 0 {
        return "0".to_string();
    }
    let digits = b"0123456789abcdef";
    let mut out = Vec::new();
    let mut m = n;
    while m != 0 {
        out.push(digits[(m % base).unsigned_abs() as usize]);
        m /= base;
    }
    if n < 0 {
        out.push(b'-');
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}
