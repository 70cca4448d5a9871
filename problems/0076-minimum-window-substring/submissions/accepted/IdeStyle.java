package com.example;

import java.util.Arrays;

/*
 * Accepted: a correct solution as it comes out of an IDE: a package line, a PUBLIC class Solution in a
 * file that is not named Solution.java, explicit imports and a main method for trying it out.
 * LeetCode users paste code like this; the judge must drop the package line, ignore main and accept it.
 */
public class Solution {

    public String minWindow(String s, String t) {
        int[] need = new int[128];
        Arrays.fill(need, 0);
        for (char c : t.toCharArray()) {
            need[c]++;
        }
        int missing = t.length();
        int start = 0, len = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < s.length(); right++) {
            if (need[s.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right - left + 1 < len) {
                    len = right - left + 1;
                    start = left;
                }
                if (need[s.charAt(left++)]++ == 0) {
                    missing++;
                }
            }
        }
        return len == Integer.MAX_VALUE ? "" : s.substring(start, start + len);
    }

    public static void main(String[] args) {
        Solution solution = new Solution();
        System.out.println(solution.minWindow("ADOBECODEBANC", "ABC")); // BANC
        System.out.println(solution.minWindow("a", "a"));               // a
        System.out.println("[" + solution.minWindow("a", "aa") + "]");  // []
    }
}
