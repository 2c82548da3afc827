    unordered_map<int, int> counts;
    vector<int> result;
    for (int i = 0; i < (int)nums.size(); i++) {
        counts[nums[i]]++;
        if (i >= k && --counts[nums[i - k]] == 0) counts.erase(nums[i - k]);
        if (i >= k - 1) result.push_back((int)counts.size());
    }
    return result;
}
