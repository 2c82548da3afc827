#undef NDEBUG
#include<assert.h>
int main(){
    assert (count_primes(-7) == 0);
    assert (count_primes(0) == 0);
    assert (count_primes(1) == 0);
    assert (count_primes(2) == 0);
    assert (count_primes(3) == 1);
    assert (count_primes(4) == 2);
    assert (count_primes(10) == 4);
    assert (count_primes(11) == 4);
    assert (count_primes(12) == 5);
    assert (count_primes(100) == 25);
    assert (count_primes(1000) == 168);
    assert (count_primes(7919) == 999);
    assert (count_primes(7920) == 1000);
    assert (count_primes(600000) == 49098);
}
