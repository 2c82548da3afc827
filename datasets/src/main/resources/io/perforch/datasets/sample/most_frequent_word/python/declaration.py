from collections import Counter
from typing import List


def most_frequent_word(words: List[str]) -> str:
