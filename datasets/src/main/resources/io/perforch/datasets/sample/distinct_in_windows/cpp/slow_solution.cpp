    vector<int> result;
    for (int i = 0; i + k <= (int)nums.size(); i++) {
        unordered_set<int> window(nums.begin() + i, nums.begin() + i + k);
        result.push_back((int)window.size());
    }
    return result;
}
