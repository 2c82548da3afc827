

def check(candidate):
    assert candidate(-7) == 0
    assert candidate(0) == 0
    assert candidate(1) == 0
    assert candidate(2) == 0
    assert candidate(3) == 1
    assert candidate(4) == 2
    assert candidate(10) == 4
    assert candidate(11) == 4
    assert candidate(12) == 5
    assert candidate(100) == 25
    assert candidate(1000) == 168
    assert candidate(7919) == 999
    assert candidate(7920) == 1000
    assert candidate(600000) == 49098


check(count_primes)
