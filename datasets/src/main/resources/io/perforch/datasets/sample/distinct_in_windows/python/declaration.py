from typing import List


def distinct_in_windows(nums: List[int], k: int) -> List[int]:
