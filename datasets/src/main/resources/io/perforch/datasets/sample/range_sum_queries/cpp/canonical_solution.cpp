    vector<long long> prefix(nums.size() + 1, 0);
    for (size_t i = 0; i < nums.size(); i++) prefix[i + 1] = prefix[i] + nums[i];
    vector<long long> result;
    for (auto &q : queries) result.push_back(prefix[q.second + 1] - prefix[q.first]);
    return result;
}
