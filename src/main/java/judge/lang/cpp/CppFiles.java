package judge.lang.cpp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The judge's C++ prelude ({@code judge_prelude.h}), read once from the judge's resources. */
final class CppFiles {
    private static String prelude;

    private CppFiles() {}

    static synchronized String prelude() {
        if (prelude == null) {
            try (InputStream in = CppFiles.class.getResourceAsStream("/judge/lang/cpp/" + CppDriver.PRELUDE)) {
                if (in == null) {
                    throw new IllegalStateException("the judge's jar has no judge/lang/cpp/" + CppDriver.PRELUDE);
                }
                prelude = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the C++ prelude", e);
            }
        }
        return prelude;
    }
}
