#undef NDEBUG
#include<assert.h>
int main(){
    assert (evaluate_expression("42") == 42LL);
    assert (evaluate_expression("0") == 0LL);
    assert (evaluate_expression(" 7 ") == 7LL);
    assert (evaluate_expression("2*3+4") == 10LL);
    assert (evaluate_expression("2+3*4") == 14LL);
    assert (evaluate_expression("2*(3+4)*5") == 70LL);
    assert (evaluate_expression("100-(20-5)*2") == 70LL);
    assert (evaluate_expression("((((6))))") == 6LL);
    assert (evaluate_expression("1-2-3") == -4LL);
    assert (evaluate_expression("3-(4-(5-6))") == -2LL);
    assert (evaluate_expression("100000 * 100000") == 10000000000LL);
    assert (evaluate_expression("2 * 3 * 4 - 10 * 2 + 1") == 5LL);
    assert (evaluate_expression("0*5-7") == -7LL);
    assert (evaluate_expression("123456789 * 1000 + 1") == 123456789001LL);
    assert (evaluate_expression("8 - 2 * 3 + (1 + 1) * (2 - 5)") == -4LL);
}
