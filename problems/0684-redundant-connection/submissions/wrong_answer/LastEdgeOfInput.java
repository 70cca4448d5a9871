/*
 * Wrong answer: reads "return the edge that appears last" as "return the last edge". Right whenever the
 * cycle closes with the input's last edge (example 1), wrong when tree edges follow it: example 2
 * answers [1,5], whose removal cuts node 5 off, instead of [1,4].
 */
class Solution {
    public int[] findRedundantConnection(int[][] edges) {
        return edges[edges.length - 1];
    }
}
