    int count = 0;
    for (const string &w : words)
        if (find(dictionary.begin(), dictionary.end(), w) == dictionary.end()) count++;
    return count;
}
