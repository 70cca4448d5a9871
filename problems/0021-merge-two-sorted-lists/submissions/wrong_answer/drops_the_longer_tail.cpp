// Wrong answer: merges while both lists have nodes, then stops: whatever is left of the longer list is never
// linked in. Right only when both lists run out on the same step ([1] and [1]).
class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (list1 && list2) {
            if (list1->val <= list2->val) {
                tail->next = list1;
                list1 = list1->next;
            } else {
                tail->next = list2;
                list2 = list2->next;
            }
            tail = tail->next;
        }
        tail->next = nullptr;
        return dummy.next;
    }
};
