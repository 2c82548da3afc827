import math


def count_primes(n: int) -> int:
    """ Return how many prime numbers are strictly less than n.
    A prime is an integer greater than 1 whose only divisors are 1 and itself;
    for n <= 2 the answer is 0.
    >>> count_primes(10)
    4
    >>> count_primes(2)
    0
    >>> count_primes(30)
    10
    """
