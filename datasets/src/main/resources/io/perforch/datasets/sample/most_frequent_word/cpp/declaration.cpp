#include<stdio.h>
#include<vector>
#include<string>
#include<unordered_map>
#include<algorithm>
using namespace std;
#include<math.h>
#include<stdlib.h>
string most_frequent_word(vector<string> words){
