#undef NDEBUG
#include<assert.h>
int main(){
    assert (evaluate_expression("1 + 2 * 3") == 7LL);
    assert (evaluate_expression("(1 + 2) * 3") == 9LL);
    assert (evaluate_expression("10 - 4 - 3") == 3LL);
}
