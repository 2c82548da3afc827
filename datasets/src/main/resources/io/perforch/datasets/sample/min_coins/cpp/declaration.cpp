#include<stdio.h>
#include<vector>
#include<algorithm>
using namespace std;
#include<math.h>
#include<stdlib.h>
int min_coins(vector<int> coins, int amount){
