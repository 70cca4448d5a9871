package judge.lang.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The CPython this judge runs Python solutions with: {@code python3} from the PATH (or {@code JUDGE_PYTHON}),
 * 3.9 or newer, found once per judge process. It is asked where it really lives ({@code sys.executable},
 * {@code sys.base_prefix}, {@code sysconfig}'s library folders, with symbolic links resolved: a pyenv shim is
 * a shell script, the interpreter behind it is not), so that the sandbox can bind exactly the interpreter and
 * its standard library read-only.
 *
 * @param executable the interpreter's real path, or {@code null} when there is none (then {@code problem} says why)
 * @param version {@code 3.11.7}
 * @param readOnly the folders and files a sandboxed child needs to see to run it
 * @param problem why Python cannot run here, or {@code null}
 */
public record PythonRuntime(Path executable, String version, List<Path> readOnly, String problem) {
    /** Names the interpreter to use instead of {@code python3} from the PATH. */
    public static final String ENVIRONMENT_VARIABLE = "JUDGE_PYTHON";
    static final int MIN_MINOR = 9;

    private static final String PROBE = "import sys, sysconfig, json, os\n"
            + "p = sysconfig.get_paths()\n"
            + "print(json.dumps({'executable': os.path.realpath(sys.executable), 'version': sys.version.split()[0],"
            + " 'major': sys.version_info[0], 'minor': sys.version_info[1],"
            + " 'paths': [os.path.realpath(x) for x in [sys.base_prefix, p.get('stdlib'), p.get('platstdlib'),"
            + " sysconfig.get_config_var('LIBDIR') or sys.base_prefix] if x]}))\n";

    private static PythonRuntime detected;

    public PythonRuntime {
        readOnly = List.copyOf(readOnly);
    }

    /** Whether Python solutions can run here. */
    public boolean available() {
        return executable != null;
    }

    /** The runtime of this judge process, detected at the first call. */
    public static synchronized PythonRuntime get() {
        if (detected == null) {
            String named = System.getenv(ENVIRONMENT_VARIABLE);
            detected = detect(named != null && !named.isBlank() ? named : "python3");
            if (detected.available() && !reachableByAll(detected.executable())) {
                // The child runs as an unprivileged uid (setpriv without bubblewrap): an interpreter under root's
                // home (pyenv's) is closed to it. A system interpreter that every user can run serves instead.
                for (String system : List.of("/usr/bin/python3", "/usr/local/bin/python3")) {
                    PythonRuntime other = Files.isExecutable(Path.of(system)) ? detect(system) : null;
                    if (other != null && other.available() && reachableByAll(other.executable())) {
                        detected = other;
                        break;
                    }
                }
            }
        }
        return detected;
    }

    /** Whether every folder above {@code file} lets every user through, and others may execute it. */
    static boolean reachableByAll(Path file) {
        try {
            Path real = file.toRealPath();
            if (!Files.getPosixFilePermissions(real).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
            for (Path p = real.getParent(); p != null; p = p.getParent()) {
                if (!Files.getPosixFilePermissions(p).contains(
                        java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return true; // nothing known against it: keep the interpreter asked for
        }
    }

    /** Asks the interpreter {@code command} (a name looked up on the PATH, or a path) where it lives. */
    static PythonRuntime detect(String command) {
        Path found = find(command);
        if (found == null) {
            return new PythonRuntime(null, "", List.of(), command + " is not on the PATH; install Python 3."
                    + MIN_MINOR + " or newer (apt-get install python3), or name it with " + ENVIRONMENT_VARIABLE);
        }
        try {
            Process p = new ProcessBuilder(found.toString(), "-I", "-S", "-c", PROBE).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readNBytes(1 << 16);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new PythonRuntime(null, "", List.of(), found + " did not answer within 20 s");
            }
            String text = new String(out, StandardCharsets.UTF_8).trim();
            JsonNode info;
            try {
                info = new ObjectMapper().readTree(text.lines().reduce((a, b) -> b).orElse(""));
            } catch (IOException e) {
                return new PythonRuntime(null, "", List.of(), found + " is not a working Python 3: "
                        + (text.isEmpty() ? "exit status " + p.exitValue() : text.lines().findFirst().orElse(text)));
            }
            if (info == null || !info.has("executable")) {
                return new PythonRuntime(null, "", List.of(), found + " is not a working Python 3");
            }
            String version = info.get("version").asText();
            if (info.get("major").asInt() != 3 || info.get("minor").asInt() < MIN_MINOR) {
                return new PythonRuntime(null, version, List.of(), found + " is Python " + version
                        + "; the judge needs Python 3." + MIN_MINOR + " or newer");
            }
            Path executable = Path.of(info.get("executable").asText());
            Set<Path> paths = new LinkedHashSet<>();
            paths.add(executable);
            for (JsonNode path : info.get("paths")) {
                Path folder = Path.of(path.asText());
                if (Files.isDirectory(folder) && paths.stream().noneMatch(folder::startsWith)) {
                    paths.add(folder);
                }
            }
            return new PythonRuntime(executable, version, List.copyOf(paths), null);
        } catch (IOException e) {
            return new PythonRuntime(null, "", List.of(), "cannot run " + found + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PythonRuntime(null, "", List.of(), "interrupted while asking " + found + " for its version");
        }
    }

    private static Path find(String command) {
        if (command.contains("/")) {
            Path p = Path.of(command);
            return Files.isExecutable(p) ? p.toAbsolutePath() : null;
        }
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(path == null ? List.of() : List.of(path.split(":")));
        dirs.addAll(List.of("/usr/bin", "/bin", "/usr/local/bin"));
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
