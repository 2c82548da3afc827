#undef NDEBUG
#include<assert.h>
int main(){
    assert (range_sums({1, 2, 3, 4}, {{0, 1}, {1, 3}, {2, 2}}) == (vector<long long>{3LL, 9LL, 3LL}));
    assert (range_sums({5, -2}, {}) == vector<long long>{});
}
