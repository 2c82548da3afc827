#undef NDEBUG
#include<assert.h>
int main(){
    assert (min_coins({1, 3, 4}, 6) == 2);
    assert (min_coins({2}, 3) == -1);
    assert (min_coins({5}, 0) == 0);
}
