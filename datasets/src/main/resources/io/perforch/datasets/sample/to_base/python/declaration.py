

def to_base(n: int, base: int) -> str:
