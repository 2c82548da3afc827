#include<stdio.h>
#include<string>
#include<stdlib.h>
using namespace std;
#include<algorithm>
#include<math.h>
int robot_distance(string commands){
