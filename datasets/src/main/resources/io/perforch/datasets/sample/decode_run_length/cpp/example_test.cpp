#undef NDEBUG
#include<assert.h>
int main(){
    assert (decode_run_length("3a2b1c") == "aaabbc");
    assert (decode_run_length("12x") == "xxxxxxxxxxxx");
    assert (decode_run_length("") == "");
}
