#undef NDEBUG
#include<assert.h>
int main(){
    assert (range_sums({1, 2, 3, 4}, {{0, 3}}) == vector<long long>{10LL});
    assert (range_sums({7}, {{0, 0}, {0, 0}}) == (vector<long long>{7LL, 7LL}));
    assert (range_sums({-3, 7, -2}, {{0, 2}, {1, 1}, {0, 0}, {2, 2}, {1, 2}}) == (vector<long long>{2LL, 7LL, -3LL, -2LL, 5LL}));
    assert (range_sums({2000000000, 2000000000, -1}, {{0, 1}, {0, 2}, {2, 2}}) == (vector<long long>{4000000000LL, 3999999999LL, -1LL}));
    assert (range_sums({-2000000000, -2000000000, -2000000000}, {{0, 2}}) == vector<long long>{-6000000000LL});
    assert (range_sums({4, 4}, {}) == vector<long long>{});
    assert (range_sums({0, 0, 5, 0}, {{3, 3}, {0, 1}, {1, 2}}) == (vector<long long>{0LL, 0LL, 5LL}));
    long long seed = 99;
    vector<int> nums;
    for (int i = 0; i < 100000; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        nums.push_back((int)(seed % 1000001));
    }
    vector<pair<int,int>> queries;
    for (int i = 0; i < 14000; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        int a = (int)(seed % 100000);
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        int b = (int)(seed % 100000);
        queries.push_back({min(a, b), max(a, b)});
    }
    vector<long long> result = range_sums(nums, queries);
    assert (result.size() == 14000);
    assert (result[0] == 3128572536LL && result[14000 - 1] == 43484748449LL);
    long long total = 0, weighted = 0;
    for (size_t i = 0; i < result.size(); i++) {
        total += result[i];
        weighted += result[i] * (long long)(i % 7 + 1);
    }
    assert (total == 236526136150697LL);
    assert (weighted == 946626897685714LL);
}
