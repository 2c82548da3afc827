#undef NDEBUG
#include<assert.h>
int main(){
    assert (distinct_in_windows({}, 1) == vector<int>{});
    assert (distinct_in_windows({5}, 1) == vector<int>{1});
    assert (distinct_in_windows({4, 4, 4, 4}, 2) == (vector<int>{1, 1, 1}));
    assert (distinct_in_windows({1, 2, 3}, 3) == vector<int>{3});
    assert (distinct_in_windows({1, 2, 3}, 4) == vector<int>{});
    assert (distinct_in_windows({1, 2, 3, 4}, 1) == (vector<int>{1, 1, 1, 1}));
    assert (distinct_in_windows({-1, 1, -1, 1, 0}, 2) == (vector<int>{2, 2, 2, 2}));
    assert (distinct_in_windows({7, 7, 8, 7, 9, 9}, 3) == (vector<int>{2, 2, 3, 2}));
    assert (distinct_in_windows({1, 2, 1, 3, 3}, 3) == (vector<int>{2, 3, 2}));
    long long seed = 31337;
    vector<int> nums;
    for (int i = 0; i < 24000; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        nums.push_back((int)(seed % 200));
    }
    vector<int> result = distinct_in_windows(nums, 900);
    assert (result.size() == 23101);
    assert (result[0] == 198 && result[23101 - 1] == 196);
    long long total = 0, weighted = 0;
    for (size_t i = 0; i < result.size(); i++) {
        total += result[i];
        weighted += (long long)result[i] * (long long)(i % 7 + 1);
    }
    assert (total == 4573187LL);
    assert (weighted == 18292195LL);
}
