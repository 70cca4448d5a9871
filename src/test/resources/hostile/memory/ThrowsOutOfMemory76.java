// 76: uses 20 MB and throws an OutOfMemoryError of its own: a runtime error, not a memory limit.
class Solution {
    static byte[] some;

    public String minWindow(String s, String t) {
        some = new byte[20 << 20];
        throw new OutOfMemoryError("Java heap space");
    }
}
