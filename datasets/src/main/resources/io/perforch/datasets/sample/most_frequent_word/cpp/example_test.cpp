#undef NDEBUG
#include<assert.h>
int main(){
    assert (most_frequent_word({"red", "blue", "red", "green"}) == "red");
    assert (most_frequent_word({"b", "a", "b", "a", "c"}) == "a");
}
