/*
Convert the 64-bit signed integer n to its representation in the given base (2 <= base <= 16).
Digits above 9 are written as the lowercase letters a to f, a negative number gets a leading '-'
sign, and zero is written as "0". No leading zeros are produced. Every 64-bit value, including
the most negative one, must be handled.
>>> to_base(255LL, 16)
"ff"
>>> to_base(10LL, 2)
"1010"
>>> to_base(-7LL, 3)
"-21"
>>> to_base(0LL, 5)
"0"
*/
#include<stdio.h>
#include<string>
#include<algorithm>
using namespace std;
string to_base(long long n, int base){
