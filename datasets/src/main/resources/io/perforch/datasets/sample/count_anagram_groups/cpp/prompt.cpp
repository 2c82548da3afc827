/*
Two words are anagrams of each other when one can be obtained by rearranging the letters of
the other, e.g. "note" and "tone". Split the given words into groups so that every group holds
exactly the words that are anagrams of each other (identical words are in the same group), and
return the number of groups. Letters are case-sensitive; an empty list has 0 groups.
>>> count_anagram_groups({"note", "tone", "stone", "onset", "one"})
3
>>> count_anagram_groups({"abc", "cba", "b"})
2
*/
#include<stdio.h>
#include<vector>
#include<string>
#include<unordered_set>
#include<algorithm>
using namespace std;
int count_anagram_groups(vector<string> words){
