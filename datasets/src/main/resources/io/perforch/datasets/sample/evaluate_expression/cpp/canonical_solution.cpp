    vector<long long> values;
    vector<char> ops;
    auto precedence = [](char op) { return op == '*' ? 2 : 1; };
    auto apply = [&]() {
        char op = ops.back();
        ops.pop_back();
        long long b = values.back();
        values.pop_back();
        long long a = values.back();
        values.pop_back();
        values.push_back(op == '+' ? a + b : op == '-' ? a - b : a * b);
    };
    size_t i = 0;
    while (i < expression.size()) {
        char c = expression[i];
        if (isdigit(c)) {
            long long value = 0;
            while (i < expression.size() && isdigit(expression[i])) value = value * 10 + (expression[i++] - '0');
            values.push_back(value);
            continue;
        }
        if (c == '(') ops.push_back(c);
        else if (c == ')') {
            while (ops.back() != '(') apply();
            ops.pop_back();
        } else if (c == '+' || c == '-' || c == '*') {
            while (!ops.empty() && ops.back() != '(' && precedence(ops.back()) >= precedence(c)) apply();
            ops.push_back(c);
        }
        i++;
    }
    while (!ops.empty()) apply();
    return values.back();
}
