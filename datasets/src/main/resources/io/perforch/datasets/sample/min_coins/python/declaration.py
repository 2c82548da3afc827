from typing import List


def min_coins(coins: List[int], amount: int) -> int:
