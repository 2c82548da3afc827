#undef NDEBUG
#include<assert.h>
int main(){
    assert (merge_intervals({}) == vector<vector<int>>{});
    assert (merge_intervals({{4, 4}}) == (vector<vector<int>>{{4, 4}}));
    assert (merge_intervals({{1, 2}, {3, 4}}) == (vector<vector<int>>{{1, 2}, {3, 4}}));
    assert (merge_intervals({{1, 10}, {2, 3}, {4, 5}}) == (vector<vector<int>>{{1, 10}}));
    assert (merge_intervals({{-5, -1}, {-3, 2}, {6, 8}, {0, 1}}) == (vector<vector<int>>{{-5, 2}, {6, 8}}));
    assert (merge_intervals({{3, 4}, {1, 2}, {2, 3}}) == (vector<vector<int>>{{1, 4}}));
    assert (merge_intervals({{1, 3}, {1, 2}}) == (vector<vector<int>>{{1, 3}}));
    assert (merge_intervals({{0, 0}, {0, 0}, {1, 1}}) == (vector<vector<int>>{{0, 0}, {1, 1}}));
    assert (merge_intervals({{10, 20}, {-1000000000, 1000000000}, {5, 6}}) == (vector<vector<int>>{{-1000000000, 1000000000}}));
    assert (merge_intervals({{8, 9}, {1, 2}, {5, 6}, {2, 2}}) == (vector<vector<int>>{{1, 2}, {5, 6}, {8, 9}}));
}
