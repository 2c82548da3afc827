    string best;
    int best_count = 0;
    for (const string &w : words) {
        int c = (int)count(words.begin(), words.end(), w);
        if (c > best_count || (c == best_count && w < best)) {
            best = w;
            best_count = c;
        }
    }
    return best;
}
