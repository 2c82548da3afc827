    precedence = {"+": 1, "-": 1, "*": 2}
    values, ops = [], []

    def apply():
        op = ops.pop()
        b = values.pop()
        a = values.pop()
        values.append(a + b if op == "+" else a - b if op == "-" else a * b)

    i = 0
    while i < len(expression):
        c = expression[i]
        if c.isdigit():
            j = i
            while j < len(expression) and expression[j].isdigit():
                j += 1
            values.append(int(expression[i:j]))
            i = j
            continue
        if c == "(":
            ops.append(c)
        elif c == ")":
            while ops[-1] != "(":
                apply()
            ops.pop()
        elif c in precedence:
            while ops and ops[-1] != "(" and precedence[ops[-1]] >= precedence[c]:
                apply()
            ops.append(c)
        i += 1
    while ops:
        apply()
    return values[-1]
