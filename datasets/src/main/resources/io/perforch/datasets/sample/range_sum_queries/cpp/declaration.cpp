#include<stdio.h>
#include<vector>
#include<utility>
using namespace std;
#include<algorithm>
#include<math.h>
#include<stdlib.h>
vector<long long> range_sums(vector<int> nums, vector<pair<int,int>> queries){
