

def robot_distance(commands: str) -> int:
