#undef NDEBUG
#include<assert.h>
int main(){
    assert (decode_run_length("") == "");
    assert (decode_run_length("1a") == "a");
    assert (decode_run_length("3a2b1c") == "aaabbc");
    assert (decode_run_length("0a3b") == "bbb");
    assert (decode_run_length("2 3!") == "  !!!");
    assert (decode_run_length("10z1y") == "zzzzzzzzzzy");
    assert (decode_run_length("1-2+") == "-++");
    assert (decode_run_length("3A2a") == "AAAaa");
    assert (decode_run_length("100q") == "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq");
    assert (decode_run_length("01x002y") == "xyy");
    assert (decode_run_length("1a1a1a") == "aaa");
}
