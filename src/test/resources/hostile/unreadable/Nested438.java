import java.util.*;

// 438: returns a list nested 1,100 deep, which the runner can write but no LeetCode value is.
class Solution {
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Integer> findAnagrams(String s, String p) {
        List list = new ArrayList();
        for (int i = 0; i < 1100; i++) {
            List outer = new ArrayList();
            outer.add(list);
            list = outer;
        }
        return list;
    }
}
