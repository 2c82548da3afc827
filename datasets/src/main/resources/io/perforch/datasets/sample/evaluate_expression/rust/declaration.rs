fn evaluate_expression(expression: &str) -> i64{
