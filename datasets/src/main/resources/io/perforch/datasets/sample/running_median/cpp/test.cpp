#undef NDEBUG
#include<assert.h>
int main(){
    assert (running_median({7}) == vector<int>{7});
    assert (running_median({3, 3, 3}) == (vector<int>{3, 3, 3}));
    assert (running_median({1, 2, 3, 4, 5}) == (vector<int>{1, 1, 2, 2, 3}));
    assert (running_median({5, 4, 3, 2, 1}) == (vector<int>{5, 4, 4, 3, 3}));
    assert (running_median({-1, -5, 10, 0}) == (vector<int>{-1, -5, -1, -1}));
    assert (running_median({2, 1000000000, -1000000000, 2}) == (vector<int>{2, 2, 2, 2}));
    assert (running_median({10, 20, 30, 40, 1, 2, 3}) == (vector<int>{10, 10, 20, 20, 20, 10, 10}));
    assert (running_median({}) == vector<int>{});
    long long seed = 4242;
    vector<int> nums;
    for (int i = 0; i < 3000; i++) {
        seed = (seed * 1103515245LL + 12345LL) % 2147483648LL;
        nums.push_back((int)(seed % 1000001) - 500000);
    }
    vector<int> result = running_median(nums);
    assert (result.size() == 3000);
    assert (result[0] == 310899 && result[3000 - 1] == 12781);
    long long total = 0, weighted = 0;
    for (size_t i = 0; i < result.size(); i++) {
        total += result[i];
        weighted += (long long)result[i] * (long long)(i % 7 + 1);
    }
    assert (total == 18819474LL);
    assert (weighted == 75468083LL);
}
