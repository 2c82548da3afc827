    let mut count = 0;
    for k in 2..n {
        let mut prime = true;
        let mut d = 2;
        while d * d <= k {
            if k % d == 0 {
                prime = false;
                break;
            }
            d += 1;
        }
        if prime {
            count += 1;
        }
    }
    count
}
