// Evaluate an arithmetic expression given as a string and return its value. The expression
// contains non-negative integer literals, the binary operators +, - and *, parentheses and spaces.
// Multiplication binds tighter than addition and subtraction, and operators of equal precedence
// are applied from left to right. The expression is always valid (there is no unary minus), and
// the result and all intermediate values fit in a signed 64-bit integer.
// >>> EvaluateExpression("1 + 2 * 3")
// 7
// >>> EvaluateExpression("(1 + 2) * 3")
// 9
// >>> EvaluateExpression("10 - 4 - 3")
// 3
func EvaluateExpression(expression string) int {
