import java.util.HashSet;
import java.util.List;
import java.util.Set;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * Input rule of 684. Redundant Connection: with n = edges.length, every edge is [a, b] with
 * 1 <= a < b <= n, no edge repeats, and the n edges connect all n nodes (a tree on n nodes plus one edge).
 */
public final class TreePlusOneEdge implements InputValidator {

    public TreePlusOneEdge() {}

    @Override
    public String violation(List<Value> input) {
        List<Value> edges = ((Value.Arr) input.get(0)).items();
        int n = edges.size();
        int[] parent = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            parent[i] = i;
        }
        Set<Long> seen = new HashSet<>();
        int components = n;
        for (int i = 0; i < n; i++) {
            List<Value> e = ((Value.Arr) edges.get(i)).items();
            long a = ((Value.Int) e.get(0)).value();
            long b = ((Value.Int) e.get(1)).value();
            if (a >= b || b > n) {
                return "edges[" + i + "] = [" + a + "," + b + "]: expected 1 <= a < b <= " + n + " (edges.length)";
            }
            if (!seen.add(a * (n + 1) + b)) {
                return "edges[" + i + "] = [" + a + "," + b + "] repeats an earlier edge";
            }
            int ra = find(parent, (int) a), rb = find(parent, (int) b);
            if (ra != rb) {
                parent[ra] = rb;
                components--;
            }
        }
        return components == 1 ? null : "the edges leave the " + n + " nodes in " + components
            + " separate parts; they must connect them all";
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
