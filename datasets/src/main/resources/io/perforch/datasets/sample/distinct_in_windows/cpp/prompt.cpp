/*
Given a list of integers nums and a window length k >= 1, return a list with the number of
distinct values in every contiguous window of k elements, from left to right. There are
len(nums) - k + 1 windows; when k > len(nums) the result is empty.
>>> distinct_in_windows({1, 2, 1, 3, 3}, 3)
{2, 3, 2}
>>> distinct_in_windows({4, 4, 4}, 2)
{1, 1}
*/
#include<stdio.h>
#include<vector>
#include<unordered_map>
#include<unordered_set>
using namespace std;
vector<int> distinct_in_windows(vector<int> nums, int k){
