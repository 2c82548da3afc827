from typing import List


def min_coins(coins: List[int], amount: int) -> int:
    """ Given a list of distinct positive coin values and a non-negative amount, return the smallest
    number of coins whose values add up to exactly amount. Every coin value may be used any number
    of times. Return -1 if the amount cannot be formed; an amount of 0 needs 0 coins.
    >>> min_coins([1, 3, 4], 6)
    2
    >>> min_coins([2], 3)
    -1
    >>> min_coins([5], 0)
    0
    """
