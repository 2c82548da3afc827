#undef NDEBUG
#include<assert.h>
int main(){
    assert (running_median({5, 2, 8, 1}) == (vector<int>{5, 2, 5, 2}));
    assert (running_median({}) == vector<int>{});
}
