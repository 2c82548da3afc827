#include<stdio.h>
#include<vector>
#include<algorithm>
using namespace std;
#include<math.h>
#include<stdlib.h>
vector<int> running_median(vector<int> nums){
