// Time limit exceeded: the merged list is one of the ways to interleave the two lists, so try them all
// (list2's node first at every step) and keep the first that is sorted. Correct, but there are
// C(m + n, m) interleavings, checked only at the end: with list1 = [-100] * 50 and list2 = [100] * 50 some
// 10^29 of them fail first. Lists of 50 nodes make any polynomial solution fast; this one is exponential.
class Solution {
    vector<int> a, b, merged;

    bool search(int i, int j) {
        if (i == (int)a.size() && j == (int)b.size()) return is_sorted(merged.begin(), merged.end());
        if (j < (int)b.size()) {
            merged[i + j] = b[j];
            if (search(i, j + 1)) return true;
        }
        if (i < (int)a.size()) {
            merged[i + j] = a[i];
            return search(i + 1, j);
        }
        return false;
    }

public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        for (ListNode* p = list1; p; p = p->next) a.push_back(p->val);
        for (ListNode* p = list2; p; p = p->next) b.push_back(p->val);
        merged.assign(a.size() + b.size(), 0);
        search(0, 0);
        ListNode dummy;
        ListNode* tail = &dummy;
        for (int v : merged) tail = tail->next = new ListNode(v);
        return dummy.next;
    }
};
