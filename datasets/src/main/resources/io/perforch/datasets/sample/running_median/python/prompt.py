from bisect import insort
from typing import List


def running_median(nums: List[int]) -> List[int]:
    """ For every prefix nums[0], ..., nums[i] of the list, report its lower median: the element that
    ends up at index i // 2 (0-based, integer division) when the prefix is sorted in non-decreasing
    order. Return the medians of all prefixes, in order, as a list of the same length as nums.
    >>> running_median([5, 2, 8, 1])
    [5, 2, 5, 2]
    >>> running_median([])
    []
    """
