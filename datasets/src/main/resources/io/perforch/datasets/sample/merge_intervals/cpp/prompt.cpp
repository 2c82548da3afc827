/*
You are given a list of closed intervals [start, end] with start <= end, in no particular order.
Merge every group of intervals that overlap or touch (share at least one point) into a single
interval, and return the merged intervals sorted by their start.
>>> merge_intervals({{1, 4}, {2, 5}, {7, 9}})
{{1, 5}, {7, 9}}
>>> merge_intervals({{5, 7}, {1, 5}})
{{1, 7}}
*/
#include<stdio.h>
#include<vector>
#include<algorithm>
using namespace std;
vector<vector<int>> merge_intervals(vector<vector<int>> intervals){
