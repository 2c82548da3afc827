

def decode_run_length(encoded: str) -> str:
