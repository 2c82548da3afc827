

def check(candidate):
    assert candidate(10) == 4
    assert candidate(2) == 0
    assert candidate(30) == 10


check(count_primes)
