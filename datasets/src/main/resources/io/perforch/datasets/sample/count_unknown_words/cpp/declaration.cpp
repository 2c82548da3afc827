#include<stdio.h>
#include<vector>
#include<string>
#include<unordered_set>
#include<algorithm>
using namespace std;
#include<math.h>
#include<stdlib.h>
int count_unknown_words(vector<string> words, vector<string> dictionary){
