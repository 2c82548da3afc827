

def evaluate_expression(expression: str) -> int:
