

def check(candidate):
    assert candidate("FFRFF") == 4
    assert candidate("FLFLFLF") == 0
    assert candidate("") == 0


check(robot_distance)
