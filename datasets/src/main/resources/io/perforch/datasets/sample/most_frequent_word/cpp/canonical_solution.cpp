    unordered_map<string, int> counts;
    for (const string &w : words) counts[w]++;
    string best;
    int best_count = 0;
    for (const auto &e : counts)
        if (e.second > best_count || (e.second == best_count && e.first < best)) {
            best = e.first;
            best_count = e.second;
        }
    return best;
}
