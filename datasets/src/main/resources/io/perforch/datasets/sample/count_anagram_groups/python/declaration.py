from typing import List


def count_anagram_groups(words: List[str]) -> int:
