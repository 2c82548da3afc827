#include<stdio.h>
#include<string>
#include<ctype.h>
using namespace std;
#include<algorithm>
#include<math.h>
#include<stdlib.h>
string decode_run_length(string encoded){
