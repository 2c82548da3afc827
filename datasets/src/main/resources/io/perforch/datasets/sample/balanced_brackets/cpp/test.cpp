#undef NDEBUG
#include<assert.h>
int main(){
    assert (is_balanced("") == true);
    assert (is_balanced("([]{})") == true);
    assert (is_balanced("((") == false);
    assert (is_balanced("))((") == false);
    assert (is_balanced("a(b)c]") == false);
    assert (is_balanced("}{") == false);
    assert (is_balanced("[(])") == false);
    assert (is_balanced("{[()()]}") == true);
    assert (is_balanced("no brackets") == true);
    assert (is_balanced("(((())))") == true);
    assert (is_balanced("(()") == false);
    assert (is_balanced("())") == false);
    assert (is_balanced("x{y[z(w)v]u}t") == true);
    assert (is_balanced("]") == false);
    assert (is_balanced("([)]") == false);
}
