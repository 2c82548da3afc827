    unordered_set<string> keys;
    for (string w : words) {
        sort(w.begin(), w.end());
        keys.insert(w);
    }
    return (int)keys.size();
}
