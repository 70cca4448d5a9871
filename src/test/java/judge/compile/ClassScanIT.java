package judge.compile;

import java.nio.file.Path;
import judge.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class scan lets through every known submission and reference of every bundled package: nothing an
 * ordinary LeetCode solution uses is rejected. Hundreds of files compiled: the second tier; the fast tier scans
 * 76's ({@link ClassScanTest}).
 */
class ClassScanIT {
    @TempDir Path out;

    @Test
    void everyKnownSubmissionAndReferenceOfEveryPackagePassesTheScan() throws Exception {
        ClassScanTest.assertEveryKnownSourcePassesTheScan(TestPackages.PROBLEMS, out);
    }
}
