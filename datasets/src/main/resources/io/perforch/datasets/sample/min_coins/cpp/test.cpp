#undef NDEBUG
#include<assert.h>
int main(){
    assert (min_coins({1, 3, 4}, 6) == 2);
    assert (min_coins({2}, 3) == -1);
    assert (min_coins({5}, 0) == 0);
    assert (min_coins({}, 0) == 0);
    assert (min_coins({}, 4) == -1);
    assert (min_coins({1}, 1) == 1);
    assert (min_coins({7}, 14) == 2);
    assert (min_coins({3, 7}, 11) == -1);
    assert (min_coins({3, 7}, 13) == 3);
    assert (min_coins({9, 6, 5, 1}, 11) == 2);
    assert (min_coins({1, 5, 10, 25}, 63) == 6);
    assert (min_coins({5, 10}, 3) == -1);
    assert (min_coins({2, 5}, 1000) == 200);
    assert (min_coins({4, 7}, 10000) == 1429);
    assert (min_coins({25, 10, 1}, 30) == 3);
}
