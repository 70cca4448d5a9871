// 76: returns a 30 MB string, to make the report 60 MB.
class Solution {
    public String minWindow(String s, String t) {
        return "x".repeat(30 << 20);
    }
}
