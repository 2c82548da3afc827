#include<stdio.h>
#include<vector>
#include<algorithm>
using namespace std;
#include<math.h>
#include<stdlib.h>
vector<vector<int>> merge_intervals(vector<vector<int>> intervals){
