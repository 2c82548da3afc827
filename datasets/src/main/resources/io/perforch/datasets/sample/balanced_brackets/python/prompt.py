

def is_balanced(s: str) -> bool:
    """ Return true if every bracket in the string s is properly matched and nested, and false otherwise.
    The bracket pairs are (), [] and {}; every other character is ignored. A string without brackets
    is balanced.
    >>> is_balanced("(a[b]{c})")
    True
    >>> is_balanced("(]")
    False
    >>> is_balanced("")
    True
    """
