from typing import List


def count_unknown_words(words: List[str], dictionary: List[str]) -> int:
