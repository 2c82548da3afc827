    vector<int> result;
    for (size_t i = 0; i < nums.size(); i++) {
        vector<int> prefix(nums.begin(), nums.begin() + i + 1);
        sort(prefix.begin(), prefix.end());
        result.push_back(prefix[i / 2]);
    }
    return result;
}
