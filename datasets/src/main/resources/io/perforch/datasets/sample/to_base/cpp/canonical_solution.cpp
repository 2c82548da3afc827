    if (n == 0) return "0";
    const string digits = "0123456789abcdef";
    string out;
    for (long long m = n; m != 0; m /= base) {
        long long r = m % base;
        out += digits[r < 0 ? -r : r];
    }
    if (n < 0) out += '-';
    reverse(out.begin(), out.end());
    return out;
}
