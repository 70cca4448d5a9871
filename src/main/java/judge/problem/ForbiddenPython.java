package judge.problem;

/**
 * A Python API a problem package forbids its solutions, declared in the same {@code "forbiddenApis"} list as the
 * Java ones. One of three kinds:
 * <ul>
 *   <li>a whole module with its submodules ({@code {"pythonModule": "numpy"}}): {@code name} and
 *       {@code structFormat} are {@code null};</li>
 *   <li>one name in a module ({@code {"python": "math.fsum"}}): {@code module} is {@code math}, {@code name} is
 *       {@code fsum};</li>
 *   <li>format codes of the {@code struct} module ({@code {"pythonStructFormat": "e"}}: packing or unpacking
 *       half-precision floats), while the rest of {@code struct} stays allowed: {@code module} is
 *       {@code struct}, {@code structFormat} the codes.</li>
 * </ul>
 * {@code check.py} refuses a solution that imports or names it (a Compile Error with {@code reason});
 * {@code runner.py} makes it unusable before the solution loads (a Runtime Error with {@code reason}, for what
 * the static check cannot see).
 */
public record ForbiddenPython(String module, String name, String structFormat, String reason) {

    /** {@code math.fsum}, {@code struct format 'e'}, or the module's name when the whole module is forbidden. */
    public String qualifiedName() {
        return structFormat != null ? module + " format '" + structFormat + "'"
                : name == null ? module : module + "." + name;
    }
}
