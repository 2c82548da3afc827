func TestEvaluateExpression(t *testing.T) {
    assert := assert.New(t)
    assert.Equal(7, EvaluateExpression("1 + 2 * 3"))
    assert.Equal(9, EvaluateExpression("(1 + 2) * 3"))
    assert.Equal(3, EvaluateExpression("10 - 4 - 3"))
}
