#include<stdio.h>
#include<vector>
#include<unordered_map>
#include<unordered_set>
using namespace std;
#include<algorithm>
#include<math.h>
#include<stdlib.h>
vector<int> distinct_in_windows(vector<int> nums, int k){
