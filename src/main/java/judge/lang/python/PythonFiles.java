package judge.lang.python;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import judge.sandbox.RuntimeFiles;

/**
 * The judge's own Python programs, {@code runner.py} (the child's runner) and {@code check.py} (the static
 * check), copied out of the judge's jar into a folder of their own once per judge process: the sandbox binds
 * that folder read-only, and nothing else of the judge.
 */
final class PythonFiles {
    private static final String RESOURCES = "/judge/lang/python/";
    private static PythonFiles instance;

    private final Path folder;

    private PythonFiles(Path folder) {
        this.folder = folder;
    }

    static synchronized PythonFiles get() {
        if (instance == null) {
            try {
                // Readable to every user: the child may run as an unprivileged uid (see Sandbox).
                Path folder = judge.sandbox.Leftovers.named("judge-python-");
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> RuntimeFiles.deleteTree(folder)));
                for (String name : new String[] {"runner.py", "check.py"}) {
                    try (InputStream in = PythonFiles.class.getResourceAsStream(RESOURCES + name)) {
                        if (in == null) {
                            throw new IllegalStateException("the judge was built without its Python " + name);
                        }
                        Files.copy(in, folder.resolve(name));
                        Files.setPosixFilePermissions(folder.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
                instance = new PythonFiles(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the Python runner's folder", e);
            }
        }
        return instance;
    }

    Path folder() {
        return folder;
    }

    Path runner() {
        return folder.resolve("runner.py");
    }

    Path check() {
        return folder.resolve("check.py");
    }
}
