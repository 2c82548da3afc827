#undef NDEBUG
#include<assert.h>
int main(){
    assert (distinct_in_windows({1, 2, 1, 3, 3}, 3) == (vector<int>{2, 3, 2}));
    assert (distinct_in_windows({4, 4, 4}, 2) == (vector<int>{1, 1}));
}
