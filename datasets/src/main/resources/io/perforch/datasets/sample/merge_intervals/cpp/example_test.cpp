#undef NDEBUG
#include<assert.h>
int main(){
    assert (merge_intervals({{1, 4}, {2, 5}, {7, 9}}) == (vector<vector<int>>{{1, 5}, {7, 9}}));
    assert (merge_intervals({{5, 7}, {1, 5}}) == (vector<vector<int>>{{1, 7}}));
}
