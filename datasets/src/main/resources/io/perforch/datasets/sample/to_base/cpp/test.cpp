#undef NDEBUG
#include<assert.h>
int main(){
    assert (to_base(0LL, 2) == "0");
    assert (to_base(0LL, 16) == "0");
    assert (to_base(1LL, 2) == "1");
    assert (to_base(10LL, 2) == "1010");
    assert (to_base(255LL, 16) == "ff");
    assert (to_base(-255LL, 16) == "-ff");
    assert (to_base(-7LL, 3) == "-21");
    assert (to_base(8LL, 8) == "10");
    assert (to_base(35LL, 16) == "23");
    assert (to_base(1000000LL, 7) == "11333311");
    assert (to_base(2147483647LL, 2) == "1111111111111111111111111111111");
    assert (to_base(9223372036854775807LL, 16) == "7fffffffffffffff");
    assert (to_base((-9223372036854775807LL - 1), 16) == "-8000000000000000");
    assert (to_base((-9223372036854775807LL - 1), 2) == "-1000000000000000000000000000000000000000000000000000000000000000");
    assert (to_base(4095LL, 16) == "fff");
    assert (to_base(100LL, 10) == "100");
    assert (to_base(-1LL, 2) == "-1");
    assert (to_base(14LL, 15) == "e");
    assert (to_base(15LL, 15) == "10");
}
