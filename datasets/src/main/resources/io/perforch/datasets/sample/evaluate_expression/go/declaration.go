
func EvaluateExpression(expression string) int {
