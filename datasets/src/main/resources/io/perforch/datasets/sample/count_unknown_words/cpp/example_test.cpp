#undef NDEBUG
#include<assert.h>
int main(){
    assert (count_unknown_words({"the", "cat", "sat", "on", "the", "mat"}, {"on", "the", "mat"}) == 2);
    assert (count_unknown_words({}, {"a"}) == 0);
}
