

def to_base(n: int, base: int) -> str:
    """ Convert the 64-bit signed integer n to its representation in the given base (2 <= base <= 16).
    Digits above 9 are written as the lowercase letters a to f, a negative number gets a leading '-'
    sign, and zero is written as "0". No leading zeros are produced. Every 64-bit value, including
    the most negative one, must be handled.
    >>> to_base(255, 16)
    "ff"
    >>> to_base(10, 2)
    "1010"
    >>> to_base(-7, 3)
    "-21"
    >>> to_base(0, 5)
    "0"
    """
