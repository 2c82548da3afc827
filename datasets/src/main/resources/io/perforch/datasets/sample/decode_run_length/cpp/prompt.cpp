/*
Decode a run-length encoded string. The encoding is a sequence of groups; each group is a
decimal count (one or more digits, possibly 0) followed by a single character that is not a
digit, and stands for that character repeated count times. Return the decoded string; the
empty encoding decodes to the empty string.
>>> decode_run_length("3a2b1c")
"aaabbc"
>>> decode_run_length("12x")
"xxxxxxxxxxxx"
>>> decode_run_length("")
""
*/
#include<stdio.h>
#include<string>
#include<ctype.h>
using namespace std;
string decode_run_length(string encoded){
