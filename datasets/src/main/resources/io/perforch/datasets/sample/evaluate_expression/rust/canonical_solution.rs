    fn precedence(op: u8) -> u8 {
        if op == b'*' { 2 } else { 1 }
    }
    fn apply(values: &mut Vec<i64>, ops: &mut Vec<u8>) {
        let op = ops.pop().unwrap();
        let b = values.pop().unwrap();
        let a = values.pop().unwrap();
        values.push(match op {
            b'+' => a + b,
            b'-' => a - b,
            _ => a * b,
        });
    }
    let bytes = expression.as_bytes();
    let mut values: Vec<i64> = Vec::new();
    let mut ops: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_digit() {
            let mut value = 0i64;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                value = value * 10 + (bytes[i] - b'0') as i64;
                i += 1;
            }
            values.push(value);
            continue;
        }
        match c {
            b'(' => ops.push(c),
            b')' => {
                while *ops.last().unwrap() != b'(' {
                    apply(&mut values, &mut ops);
                }
                ops.pop();
            }
            b'+' | b'-' | b'*' => {
                while let Some(&top) = ops.last() {
                    if top == b'(' || precedence(top) < precedence(c) {
                        break;
                    }
                    apply(&mut values, &mut ops);
                }
                ops.push(c);
            }
            _ => {}
        }
        i += 1;
    }
    while !ops.is_empty() {
        apply(&mut values, &mut ops);
    }
    values.pop().unwrap()
}
