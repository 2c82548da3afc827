    if n == 0 {
        return "0"
    }
    digits := "0123456789abcdef"
    out := []byte{}
    for m := n; m != 0; m /= base {
        r := m % base
        if r < 0 {
            r = -r
        }
        out = append(out, digits[r])
    }
    if n < 0 {
        out = append(out, '-')
    }
    for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
        out[i], out[j] = out[j], out[i]
    }
    return string(out)
}
