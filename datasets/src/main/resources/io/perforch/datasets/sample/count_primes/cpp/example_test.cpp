#undef NDEBUG
#include<assert.h>
int main(){
    assert (count_primes(10) == 4);
    assert (count_primes(2) == 0);
    assert (count_primes(30) == 10);
}
