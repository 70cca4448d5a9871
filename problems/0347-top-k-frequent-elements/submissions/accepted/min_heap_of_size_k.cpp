// Accepted: count with an unordered_map, then keep a min-heap (greater<>) of at most k (count, value) pairs,
// popping the least frequent whenever it grows past k. O(n + d log k) for d distinct values.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) count[x]++;
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        for (auto& [value, c] : count) {
            heap.push({c, value});
            if ((int)heap.size() > k) heap.pop();
        }
        vector<int> answer;
        while (!heap.empty()) {
            answer.push_back(heap.top().second);
            heap.pop();
        }
        return answer;
    }
};
