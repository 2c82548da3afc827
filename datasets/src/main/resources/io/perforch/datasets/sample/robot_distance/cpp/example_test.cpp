#undef NDEBUG
#include<assert.h>
int main(){
    assert (robot_distance("FFRFF") == 4);
    assert (robot_distance("FLFLFLF") == 0);
    assert (robot_distance("") == 0);
}
