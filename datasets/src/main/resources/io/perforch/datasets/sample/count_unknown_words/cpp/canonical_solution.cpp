    unordered_set<string> known(dictionary.begin(), dictionary.end());
    int count = 0;
    for (const string &w : words)
        if (!known.count(w)) count++;
    return count;
}
