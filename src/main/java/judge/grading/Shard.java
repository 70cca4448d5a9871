package judge.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code --shard i/n}: part {@code i} (from 1) of {@code n}. Submissions are ordered by problem, then student, and
 * dealt out in turn, so each shard gets the same number of submissions (give or take one) and the same share of
 * every problem, whatever order the files were found in: every machine of a CI matrix computes the same split.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    private static final Comparator<Submission> DEAL_ORDER = Comparator
            .comparingInt((Submission s) -> s.problem().id()).thenComparing(Submission::student);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count);
        }
    }

    /** Parses "2/4"; the message of the exception says what was expected. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length == 2 && parts[0].matches("\\d{1,6}") && parts[1].matches("\\d{1,6}")) {
            int i = Integer.parseInt(parts[0]);
            int n = Integer.parseInt(parts[1]);
            if (n >= 1 && i >= 1 && i <= n) {
                return new Shard(i, n);
            }
        }
        throw new IllegalArgumentException("expected i/n with 1 <= i <= n, such as 1/4; found \"" + text + "\"");
    }

    public List<Submission> select(List<Submission> all) {
        List<Submission> dealt = all.stream().sorted(DEAL_ORDER).toList();
        List<Submission> mine = new ArrayList<>();
        for (int k = index - 1; k < dealt.size(); k += count) {
            mine.add(dealt.get(k));
        }
        mine.sort(Submission.ORDER);
        return mine;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
