#undef NDEBUG
#include<assert.h>
int main(){
    assert (robot_distance("") == 0);
    assert (robot_distance("F") == 1);
    assert (robot_distance("LLFF") == 2);
    assert (robot_distance("RFFFLFF") == 5);
    assert (robot_distance("RRRF") == 1);
    assert (robot_distance("FFFFLLFF") == 2);
    assert (robot_distance("FRFRFRFR") == 0);
    assert (robot_distance("LFFLFFLFFFF") == 4);
    assert (robot_distance("LLLLF") == 1);
    assert (robot_distance("RFRFLFLF") == 2);
    assert (robot_distance("LRLRLRFFF") == 3);
    assert (robot_distance("RRRRRRFFFFF") == 5);
    assert (robot_distance("LFFFFFFFFFFRFFFFFFFFFFRFFFFF") == 15);
}
