

def is_balanced(s: str) -> bool:
