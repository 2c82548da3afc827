#undef NDEBUG
#include<assert.h>
int main(){
    assert (to_base(255LL, 16) == "ff");
    assert (to_base(10LL, 2) == "1010");
    assert (to_base(-7LL, 3) == "-21");
    assert (to_base(0LL, 5) == "0");
}
