

def check(candidate):
    assert candidate("") == 0
    assert candidate("F") == 1
    assert candidate("LLFF") == 2
    assert candidate("RFFFLFF") == 5
    assert candidate("RRRF") == 1
    assert candidate("FFFFLLFF") == 2
    assert candidate("FRFRFRFR") == 0
    assert candidate("LFFLFFLFFFF") == 4
    assert candidate("LLLLF") == 1
    assert candidate("RFRFLFLF") == 2
    assert candidate("LRLRLRFFF") == 3
    assert candidate("RRRRRRFFFFF") == 5
    assert candidate("LFFFFFFFFFFRFFFFFFFFFFRFFFFF") == 15


check(robot_distance)
