// Wrong answer: the bounded heap without greater<>: a priority_queue is a MAX-heap by default, so pop() drops
// the MOST frequent pair whenever the heap grows past k, and the k least frequent stay. Right only when k is
// the number of distinct values (example 2); [1,1,1,2,2,3], k = 2 gives [2,3].
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> count;
        for (int x : nums) count[x]++;
        priority_queue<pair<int, int>> heap;
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
