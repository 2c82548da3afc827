    vector<int> window, result;
    for (size_t i = 0; i < nums.size(); i++) {
        window.insert(upper_bound(window.begin(), window.end(), nums[i]), nums[i]);
        result.push_back(window[i / 2]);
    }
    return result;
}
