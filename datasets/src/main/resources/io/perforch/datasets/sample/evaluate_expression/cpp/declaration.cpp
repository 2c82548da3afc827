#include<stdio.h>
#include<string>
#include<vector>
#include<ctype.h>
using namespace std;
#include<algorithm>
#include<math.h>
#include<stdlib.h>
long long evaluate_expression(string expression){
