// Wrong Answer: finds the entry with Floyd's walk, then "tidies up" by cutting the cycle; the list must be left
// as it was given, as LeetCode's statement says ("do not modify the linked list").
class Solution {
public:
    ListNode *detectCycle(ListNode *head) {
        ListNode *slow = head, *fast = head;
        while (fast != nullptr && fast->next != nullptr) {
            slow = slow->next;
            fast = fast->next->next;
            if (slow == fast) {
                ListNode *entry = head;
                while (entry != slow) { entry = entry->next; slow = slow->next; }
                ListNode *last = entry;
                while (last->next != entry) last = last->next;
                last->next = nullptr;
                return entry;
            }
        }
        return nullptr;
    }
};
