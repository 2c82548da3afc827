    vector<string> keys;
    for (string w : words) {
        sort(w.begin(), w.end());
        if (find(keys.begin(), keys.end(), w) == keys.end()) keys.push_back(w);
    }
    return (int)keys.size();
}
