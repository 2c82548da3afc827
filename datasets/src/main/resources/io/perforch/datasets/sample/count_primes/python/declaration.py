import math


def count_primes(n: int) -> int:
