/*
Evaluate an arithmetic expression given as a string and return its value. The expression
contains non-negative integer literals, the binary operators +, - and *, parentheses and spaces.
Multiplication binds tighter than addition and subtraction, and operators of equal precedence
are applied from left to right. The expression is always valid (there is no unary minus), and
the result and all intermediate values fit in a signed 64-bit integer.
>>> evaluate_expression("1 + 2 * 3")
7LL
>>> evaluate_expression("(1 + 2) * 3")
9LL
>>> evaluate_expression("10 - 4 - 3")
3LL
*/
#include<stdio.h>
#include<string>
#include<vector>
#include<ctype.h>
using namespace std;
long long evaluate_expression(string expression){
