#undef NDEBUG
#include<assert.h>
int main(){
    assert (is_balanced("(a[b]{c})") == true);
    assert (is_balanced("(]") == false);
    assert (is_balanced("") == true);
}
