// Time limit exceeded: counts each ELEMENT (not each distinct value) with std::count over the whole array: n
// scans of n elements, 10^10 comparisons when n = 10^5 (the tests of 04-max.json). The sort by count after it
// is correct.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> freq;
        for (int x : nums) freq[x] = count(nums.begin(), nums.end(), x);
        vector<pair<int, int>> byCount;
        for (auto& [value, c] : freq) byCount.push_back({c, value});
        sort(byCount.rbegin(), byCount.rend());
        vector<int> answer;
        for (int i = 0; i < k; i++) answer.push_back(byCount[i].second);
        return answer;
    }
};
