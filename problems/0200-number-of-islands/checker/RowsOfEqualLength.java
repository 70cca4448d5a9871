import java.util.List;
import judge.check.InputValidator;
import judge.value.Value;

/**
 * The rule of 200. Number of Islands that per-element constraints cannot state: the grid is a rectangle,
 * every row as long as the first (m == grid.length, n == grid[i].length). Row counts, row lengths (1 to
 * 300) and the characters '0' and '1' are declared in problem.json.
 */
public final class RowsOfEqualLength implements InputValidator {

    public RowsOfEqualLength() {}

    @Override
    public String violation(List<Value> input) {
        if (input.size() != 1 || !(input.get(0) instanceof Value.Arr grid) || grid.items().isEmpty()) {
            return "expected one grid with at least one row";
        }
        int width = -1;
        for (int i = 0; i < grid.items().size(); i++) {
            if (!(grid.items().get(i) instanceof Value.Arr row)) {
                return "row " + i + " is not an array of characters";
            }
            if (width < 0) {
                width = row.items().size();
            } else if (row.items().size() != width) {
                return "row " + i + " has " + row.items().size() + " cells, but row 0 has " + width
                        + ": every row of the grid has the same length";
            }
        }
        return null;
    }
}
