#undef NDEBUG
#include<assert.h>
int main(){
    assert (count_anagram_groups({"note", "tone", "stone", "onset", "one"}) == 3);
    assert (count_anagram_groups({"abc", "cba", "b"}) == 2);
}
