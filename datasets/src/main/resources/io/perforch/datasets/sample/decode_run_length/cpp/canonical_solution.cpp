    string out;
    int count = 0;
    for (char c : encoded) {
        if (isdigit(c)) {
            count = count * 10 + (c - '0');
        } else {
            out.append(count, c);
            count = 0;
        }
    }
    return out;
}
