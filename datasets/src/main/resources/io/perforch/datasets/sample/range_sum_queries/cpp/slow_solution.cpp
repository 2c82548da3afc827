    vector<long long> result;
    for (auto &q : queries) {
        long long sum = 0;
        for (int i = q.first; i <= q.second; i++) sum += nums[i];
        result.push_back(sum);
    }
    return result;
}
