from typing import List


def merge_intervals(intervals: List[List[int]]) -> List[List[int]]:
    """ You are given a list of closed intervals [start, end] with start <= end, in no particular order.
    Merge every group of intervals that overlap or touch (share at least one point) into a single
    interval, and return the merged intervals sorted by their start.
    >>> merge_intervals([[1, 4], [2, 5], [7, 9]])
    [[1, 5], [7, 9]]
    >>> merge_intervals([[5, 7], [1, 5]])
    [[1, 7]]
    """
