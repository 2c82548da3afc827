    precedence := map[byte]int{'+': 1, '-': 1, '*': 2}
    values := []int{}
    ops := []byte{}
    apply := func() {
        op := ops[len(ops)-1]
        ops = ops[:len(ops)-1]
        a, b := values[len(values)-2], values[len(values)-1]
        values = values[:len(values)-2]
        switch op {
        case '+':
            values = append(values, a+b)
        case '-':
            values = append(values, a-b)
        default:
            values = append(values, a*b)
        }
    }
    for i := 0; i < len(expression); {
        c := expression[i]
        if c >= '0' && c <= '9' {
            value := 0
            for i < len(expression) && expression[i] >= '0' && expression[i] <= '9' {
                value = value*10 + int(expression[i]-'0')
                i++
            }
            values = append(values, value)
            continue
        }
        switch {
        case c == '(':
            ops = append(ops, c)
        case c == ')':
            for ops[len(ops)-1] != '(' {
                apply()
            }
            ops = ops[:len(ops)-1]
        case precedence[c] > 0:
            for len(ops) > 0 && ops[len(ops)-1] != '(' && precedence[ops[len(ops)-1]] >= precedence[c] {
                apply()
            }
            ops = append(ops, c)
        }
        i++
    }
    for len(ops) > 0 {
        apply()
    }
    return values[len(values)-1]
}
