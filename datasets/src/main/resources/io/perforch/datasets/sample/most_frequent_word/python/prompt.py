from collections import Counter
from typing import List


def most_frequent_word(words: List[str]) -> str:
    """ Return the word that occurs most often in the non-empty list words. If several words share
    the highest count, return the one that comes first in lexicographic order (comparing
    character codes, so uppercase letters sort before lowercase ones).
    >>> most_frequent_word(["red", "blue", "red", "green"])
    "red"
    >>> most_frequent_word(["b", "a", "b", "a", "c"])
    "a"
    """
