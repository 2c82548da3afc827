from bisect import insort
from typing import List


def running_median(nums: List[int]) -> List[int]:
