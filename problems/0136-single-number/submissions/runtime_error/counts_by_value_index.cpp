// Runtime error: counts the values in a vector indexed by the value, forgetting that values can be negative:
// -30000 ("n1-min") indexes 120 KB before the vector's buffer, memory the process does not have: SIGSEGV.
// (An index only a little out of bounds may hit mapped memory and not crash; AddressSanitizer, which submit
// reruns a crashed test with, reports either.)
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        vector<int> count(30001, 0);
        for (int v : nums) count[v]++;
        for (int v : nums) {
            if (count[v] == 1) return v;
        }
        return 0;
    }
};
