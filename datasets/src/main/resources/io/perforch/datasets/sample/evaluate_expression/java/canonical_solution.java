        Deque<Long> values = new ArrayDeque<>();
        Deque<Character> ops = new ArrayDeque<>();
        Map<Character, Integer> precedence = Map.of('+', 1, '-', 1, '*', 2);
        Runnable apply = () -> {
            char op = ops.pop();
            long b = values.pop(), a = values.pop();
            values.push(op == '+' ? a + b : op == '-' ? a - b : a * b);
        };
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isDigit(c)) {
                long value = 0;
                while (i < expression.length() && Character.isDigit(expression.charAt(i))) {
                    value = value * 10 + (expression.charAt(i) - '0');
                    i++;
                }
                values.push(value);
                continue;
            }
            if (c == '(') {
                ops.push(c);
            } else if (c == ')') {
                while (ops.peek() != '(') {
                    apply.run();
                }
                ops.pop();
            } else if (precedence.containsKey(c)) {
                while (!ops.isEmpty() && ops.peek() != '(' && precedence.get(ops.peek()) >= precedence.get(c)) {
                    apply.run();
                }
                ops.push(c);
            }
            i++;
        }
        while (!ops.isEmpty()) {
            apply.run();
        }
        return values.pop();
    }
}
