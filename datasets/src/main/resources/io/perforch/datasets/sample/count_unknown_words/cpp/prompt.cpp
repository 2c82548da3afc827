/*
A simple spell checker: given a list of words and a dictionary (a list of known words),
return how many entries of words do not appear in the dictionary. A word that occurs several
times in words is counted every time it occurs. Comparison is exact and case-sensitive.
>>> count_unknown_words({"the", "cat", "sat", "on", "the", "mat"}, {"on", "the", "mat"})
2
>>> count_unknown_words({}, {"a"})
0
*/
#include<stdio.h>
#include<vector>
#include<string>
#include<unordered_set>
#include<algorithm>
using namespace std;
int count_unknown_words(vector<string> words, vector<string> dictionary){
