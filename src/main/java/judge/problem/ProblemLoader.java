package judge.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import judge.value.Value;

/**
 * Loads a problem package from disk and validates it, with errors that name the file, line, column and JSON
 * pointer. Test inputs are checked against the declared signature and constraints as they are read.
 */
public final class ProblemLoader {
    private static final Set<String> PROBLEM_FIELDS =
            Set.of("id", "slug", "title", "difficulty", "tags", "signature", "limits", "checker", "validator",
                    "forbiddenApis");
    private static final Set<String> PARAM_FIELDS =
            Set.of("name", "type", "length", "chars", "min", "max", "element", "generator", "sorted", "distinct",
                    "exclusiveMin", "exclusiveMax", "scale", "special", "nonFinite", "rectangular", "shape", "totalMax");
    private static final Set<String> ELEMENT_FIELDS =
            Set.of("length", "chars", "min", "max", "element", "sorted", "distinct",
                    "exclusiveMin", "exclusiveMax", "scale", "special", "nonFinite", "rectangular");
    private static final Set<String> DIFFICULTIES = Set.of("Easy", "Medium", "Hard");
    /** A class's qualified (binary) name, as {@code forbiddenApis} entries write it: {@code java.util.Map$Entry}. */
    private static final String QUALIFIED_CLASS = "([a-z_][A-Za-z0-9_]*\\.)+[A-Za-z_$][A-Za-z0-9_$]*";

    private ProblemLoader() {}

    public static Problem load(Path dir) {
        JsonFile file = JsonFile.read(dir.resolve("problem.json"), shown(dir.resolve("problem.json")));
        JsonNode root = file.root();
        object(file, root, "", PROBLEM_FIELDS);
        int id = (int) integer(file, root, "/id", 1, 99999);
        String slug = text(file, root, "/slug");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw file.fail("/slug", "expected lower-case words joined by '-', found \"" + slug + "\"");
        }
        JsonNode title = required(file, root, "/title");
        object(file, title, "/title", Set.of("en", "zh"));
        String difficulty = text(file, root, "/difficulty");
        if (!DIFFICULTIES.contains(difficulty)) {
            throw file.fail("/difficulty", "expected Easy, Medium or Hard, found \"" + difficulty + "\"");
        }
        List<String> tags = new ArrayList<>();
        JsonNode tagsNode = required(file, root, "/tags");
        if (!tagsNode.isArray()) {
            throw file.fail("/tags", "expected an array of strings, found " + kind(tagsNode));
        }
        for (int i = 0; i < tagsNode.size(); i++) {
            tags.add(text(file, root, "/tags/" + i));
        }
        Forbidden forbidden = forbidden(file);
        return new Problem(dir, id, slug, text(file, root, "/title/en"), text(file, root, "/title/zh"), difficulty,
                tags, signature(file), limits(file), checker(file), validator(file), forbidden.java(), forbidden.python(),
                forbidden.cpp());
    }

    /** A Python module's dotted name: {@code struct}, {@code scipy.special}. */
    private static final String PYTHON_MODULE = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*";

    /** The two kinds of entry in {@code "forbiddenApis"}: Java's for the class scan, Python's for check.py and runner.py. */
    private record Forbidden(List<ForbiddenApi> java, List<ForbiddenPython> python, List<ForbiddenCpp> cpp) {}

    /**
     * {@code "forbiddenApis": [{"member": "java.lang.Float.floatToFloat16", "reason": "..."}]}: Java members
     * ({@code Class.member}, {@code Class.<init>}) or whole classes ({@code {"class": "java.util.TreeMap"}}), and
     * Python names ({@code {"python": "math.fsum"}}), whole modules ({@code {"pythonModule": "numpy"}}) or struct
     * format codes ({@code {"pythonStructFormat": "e"}}).
     */
    private static Forbidden forbidden(JsonFile file) {
        JsonNode node = file.root().get("forbiddenApis");
        if (node == null) {
            return new Forbidden(List.of(), List.of(), List.of());
        }
        if (!node.isArray()) {
            throw file.fail("/forbiddenApis", "expected an array of {\"member\": \"java.lang.Float.floatToFloat16\","
                    + " \"reason\": \"...\"}, found " + kind(node));
        }
        List<ForbiddenApi> apis = new ArrayList<>();
        List<ForbiddenPython> python = new ArrayList<>();
        List<ForbiddenCpp> cpp = new ArrayList<>();
        List<String> keys = List.of("member", "class", "python", "pythonModule", "pythonStructFormat", "cpp");
        for (int i = 0; i < node.size(); i++) {
            String at = "/forbiddenApis/" + i;
            JsonNode entry = node.get(i);
            object(file, entry, at, Set.of("member", "class", "python", "pythonModule", "pythonStructFormat", "cpp",
                    "reason"));
            if (keys.stream().filter(entry::has).count() != 1) {
                throw file.fail(at, "expected exactly one of \"member\" (a Java member such as"
                        + " \"java.lang.Float.floatToFloat16\"), \"class\" (such as \"java.util.TreeMap\"),"
                        + " \"python\" (a name in a Python module, such as \"math.fsum\"), \"pythonModule\""
                        + " (a whole Python module, such as \"numpy\"), \"pythonStructFormat\" (struct format"
                        + " codes, such as \"e\") or \"cpp\" (a C++ identifier, such as \"_Float16\")");
            }
            String reason = text(file, file.root(), at + "/reason");
            if (entry.has("cpp")) {
                String name = text(file, file.root(), at + "/cpp");
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw file.fail(at + "/cpp", "expected a C++ identifier such as \"_Float16\" or"
                            + " \"_mm_cvtps_ph\", found \"" + name + "\"");
                }
                cpp.add(new ForbiddenCpp(name, reason));
            } else if (entry.has("pythonStructFormat")) {
                String codes = text(file, file.root(), at + "/pythonStructFormat");
                if (!codes.matches("[xcbB?hHiIlLqQnNefdspP]+")) {
                    throw file.fail(at + "/pythonStructFormat", "expected format codes of Python's struct module,"
                            + " such as \"e\" (half precision), found \"" + codes + "\"");
                }
                python.add(new ForbiddenPython("struct", null, codes, reason));
            } else if (entry.has("python") || entry.has("pythonModule")) {
                python.add(forbiddenPython(file, at, entry.has("python"), reason));
            } else if (entry.has("class")) {
                String name = text(file, file.root(), at + "/class");
                if (!name.matches(QUALIFIED_CLASS)) {
                    throw file.fail(at + "/class", "expected a class's qualified name such as \"java.util.TreeMap\""
                            + " (nested: \"java.util.Map$Entry\"), found \"" + name + "\"");
                }
                apis.add(new ForbiddenApi(name, null, reason));
            } else {
                String name = text(file, file.root(), at + "/member");
                int dot = name.lastIndexOf('.');
                if (dot < 0 || !name.substring(0, dot).matches(QUALIFIED_CLASS)
                        || !name.substring(dot + 1).matches("[A-Za-z_$][A-Za-z0-9_$]*|<init>")) {
                    throw file.fail(at + "/member", "expected a class's qualified name, a dot and a member name,"
                            + " such as \"java.lang.Float.floatToFloat16\" (constructors: \"java.util.Scanner.<init>\"),"
                            + " found \"" + name + "\"");
                }
                apis.add(new ForbiddenApi(name.substring(0, dot), name.substring(dot + 1), reason));
            }
        }
        return new Forbidden(apis, python, cpp);
    }

    /** {@code "python": "math.fsum"} (a module, a dot and a name) or {@code "pythonModule": "numpy"}. */
    private static ForbiddenPython forbiddenPython(JsonFile file, String at, boolean isName, String reason) {
        String pointer = at + (isName ? "/python" : "/pythonModule");
        String text = text(file, file.root(), pointer);
        int dot = isName ? text.lastIndexOf('.') : -1;
        String module = isName ? (dot < 0 ? "" : text.substring(0, dot)) : text;
        if (!text.matches(PYTHON_MODULE) || isName && dot < 0) {
            throw file.fail(pointer, isName
                    ? "expected a Python module's name, a dot and a name in it, such as \"math.fsum\" (a whole"
                      + " module is {\"pythonModule\": \"numpy\"}), found \"" + text + "\""
                    : "expected a Python module's dotted name, such as \"struct\" or \"scipy.special\", found \""
                      + text + "\"");
        }
        if (module.equals("builtins") || module.startsWith("builtins.")) {
            throw file.fail(pointer, "Python's builtins cannot be forbidden (the runner needs them), found \""
                    + text + "\"");
        }
        return new ForbiddenPython(module, isName ? text.substring(dot + 1) : null, null, reason);
    }

    private static String validator(JsonFile file) {
        JsonNode node = file.root().get("validator");
        if (node == null) {
            return null;
        }
        object(file, node, "/validator", Set.of("class"));
        return javaName(file, "/validator/class");
    }

    private static Signature signature(JsonFile file) {
        JsonNode sig = required(file, file.root(), "/signature");
        object(file, sig, "/signature", Set.of("class", "method", "params", "returns", "design", "answer", "api",
                "cycle", "nodes", "codec"));
        if (sig.has("design")) {
            for (String field : List.of("method", "params", "returns", "answer", "api", "cycle", "nodes", "codec")) {
                if (sig.has(field)) {
                    throw file.fail("/signature/" + field, "a design problem declares its methods in"
                            + " /signature/design/methods, not \"" + field + "\"");
                }
            }
            return Signature.of(design(file));
        }
        String className = sig.has("class") ? javaName(file, "/signature/class") : "Solution";
        String method = javaName(file, "/signature/method");
        List<Param> list = params(file, "/signature/params", false);
        Signature signature;
        boolean isVoid = text(file, file.root(), "/signature/returns").equals("void");
        if (sig.has("answer")) {
            signature = Signature.inPlace(className, method, list, answerParam(file, list, isVoid));
        } else if (isVoid) {
            throw file.fail("/signature/returns", "a method that returns void needs \"answer\": {\"param\": \"name\"}:"
                    + " the parameter whose value after the call is the answer (an in-place problem)");
        } else {
            signature = new Signature(className, method, list, type(file, "/signature/returns"));
        }
        signature = sig.has("api") ? signature.withApi(api(file, list, signature)) : signature;
        signature = sig.has("cycle") ? signature.withCycle(cycle(file, list, signature)) : signature;
        signature = sig.has("nodes") ? signature.withNodes(nodes(file, list, signature)) : signature;
        return sig.has("codec") ? signature.withCodec(codec(file, list, signature)) : signature;
    }

    /**
     * {@code "nodes": {"tree": "root", "refs": ["p", "q"]}}: {@code root} is a {@code TreeNode} with distinct
     * values, and {@code p} and {@code q} are int parameters whose values name nodes of it; the method takes them
     * as those {@code TreeNode}s.
     */
    private static NodeRefs nodes(JsonFile file, List<Param> params, Signature signature) {
        JsonNode nodes = at(file, "/signature/nodes");
        object(file, nodes, "/signature/nodes", Set.of("tree", "refs"));
        String tree = text(file, file.root(), "/signature/nodes/tree");
        Param treeParam = params.stream().filter(p -> p.name().equals(tree) && p.type() instanceof TypeSpec.Node n
                && n.tree()).findFirst().orElse(null);
        if (treeParam == null) {
            throw file.fail("/signature/nodes/tree", "expected the name of a TreeNode parameter (" + names(params)
                    + "), found \"" + tree + "\"");
        }
        if (treeParam.constraints() == null || !treeParam.constraints().distinct()) {
            throw file.fail("/signature/nodes/tree", "tests name the nodes of " + tree + " by their values, so its"
                    + " values must be distinct: declare \"distinct\": true on parameter " + tree);
        }
        JsonNode refs = at(file, "/signature/nodes/refs");
        if (!refs.isArray() || refs.isEmpty()) {
            throw file.fail("/signature/nodes/refs", "expected a non-empty array of parameter names, found "
                    + kind(refs));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = text(file, file.root(), "/signature/nodes/refs/" + i);
            if (names.contains(ref) || params.stream().noneMatch(p -> p.name().equals(ref)
                    && p.type() instanceof TypeSpec.Scalar s && s.kind() == TypeSpec.Kind.INT && !s.boxed())) {
                throw file.fail("/signature/nodes/refs/" + i, "expected the name of another int parameter (the"
                        + " value of a node of " + tree + "; " + names(params) + "), found \"" + ref + "\"");
            }
            if (params.indexOf(treeParam) > params.stream().map(Param::name).toList().indexOf(ref)) {
                throw file.fail("/signature/nodes/refs/" + i, "parameter " + ref + " names a node of " + tree
                        + ", so it must come after " + tree + " in /signature/params");
            }
            names.add(ref);
        }
        if (signature.isInPlace() || signature.api() != null || signature.cycle() != null) {
            throw file.fail("/signature/nodes", "node references cannot be combined with \"answer\", \"api\" or"
                    + " \"cycle\"");
        }
        return new NodeRefs(tree, names, signature.returns() instanceof TypeSpec.Node n && n.tree());
    }

    /**
     * {@code "codec": {"decode": "deserialize"}}: the method is an encoder of its one parameter to a String, and
     * {@code decode} turns that String back into the value; {@code returns} is the parameter's type.
     */
    private static Codec codec(JsonFile file, List<Param> params, Signature signature) {
        JsonNode codec = at(file, "/signature/codec");
        object(file, codec, "/signature/codec", Set.of("decode"));
        String decode = javaName(file, "/signature/codec/decode");
        if (decode.equals(signature.method())) {
            throw file.fail("/signature/codec/decode", "expected the decoder's name, another than the encoder's ("
                    + signature.method() + ")");
        }
        if (params.size() != 1) {
            throw file.fail("/signature/params", "a codec's encoder takes one parameter, the value it encodes;"
                    + " found " + params.size());
        }
        if (!params.get(0).type().equals(signature.returns())) {
            throw file.fail("/signature/returns", "a codec is judged by its round trip: expected \""
                    + params.get(0).type().javaName() + "\" (the type of " + params.get(0).name() + "), found \""
                    + signature.returns().javaName() + "\"");
        }
        if (signature.isInPlace() || signature.api() != null || signature.cycle() != null
                || signature.nodes() != null) {
            throw file.fail("/signature/codec", "a codec cannot be combined with \"answer\", \"api\", \"cycle\""
                    + " or \"nodes\"");
        }
        return new Codec(decode);
    }

    /**
     * {@code "cycle": {"list": "head", "pos": "pos"}}: {@code head} is a {@code ListNode} whose tail links back
     * to the node at index {@code pos} (an int, -1 for none), which the method does not take.
     */
    private static Cycle cycle(JsonFile file, List<Param> params, Signature signature) {
        JsonNode cycle = at(file, "/signature/cycle");
        object(file, cycle, "/signature/cycle", Set.of("list", "pos"));
        String list = text(file, file.root(), "/signature/cycle/list");
        String pos = text(file, file.root(), "/signature/cycle/pos");
        if (params.stream().noneMatch(p -> p.name().equals(list) && p.type() instanceof TypeSpec.Node n && !n.tree())) {
            throw file.fail("/signature/cycle/list", "expected the name of a ListNode parameter (" + names(params)
                    + "), found \"" + list + "\"");
        }
        if (params.stream().noneMatch(p -> p.name().equals(pos) && p.type() instanceof TypeSpec.Scalar s
                && s.kind() == TypeSpec.Kind.INT && !s.boxed())) {
            throw file.fail("/signature/cycle/pos", "expected the name of an int parameter (" + names(params)
                    + "), found \"" + pos + "\"");
        }
        if (signature.isInPlace() || signature.api() != null) {
            throw file.fail("/signature/cycle", "a list with a cycle cannot be combined with \"answer\" or \"api\"");
        }
        return new Cycle(list, pos, signature.returns() instanceof TypeSpec.Node n && !n.tree());
    }

    /**
     * {@code "answer": {"param": "nums"}}: the answer of an in-place problem is that argument after the call. The
     * method must return void, and the parameter must be an array or a list (something the call can change).
     */
    private static String answerParam(JsonFile file, List<Param> params, boolean isVoid) {
        JsonNode answer = at(file, "/signature/answer");
        object(file, answer, "/signature/answer", Set.of("param"));
        String name = text(file, file.root(), "/signature/answer/param");
        Param param = params.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> file.fail(
                "/signature/answer/param", "expected the name of a parameter (" + names(params) + "), found \""
                        + name + "\""));
        if (!isVoid) {
            throw file.fail("/signature/returns", "an in-place problem's method returns void (its answer is "
                    + name + " after the call), found \"" + text(file, file.root(), "/signature/returns") + "\"");
        }
        if (!(param.type() instanceof TypeSpec.ArrayOf) && !(param.type() instanceof TypeSpec.ListOf)) {
            throw file.fail("/signature/answer/param", "an in-place answer must be an array or a list the call can"
                    + " change; " + name + " is " + param.type().javaName());
        }
        return name;
    }

    /**
     * {@code "api": {"class": "VersionControl", "state": ["bad"], "maxCalls": {"log2": "n", "plus": 1}}}: a
     * function the judge provides ({@link Api#KNOWN}), the parameters that are its hidden state, and the most
     * calls a solution may make (optional: only where LeetCode's statement states a limit).
     */
    private static Api api(JsonFile file, List<Param> params, Signature signature) {
        JsonNode api = at(file, "/signature/api");
        object(file, api, "/signature/api", Set.of("class", "state", "maxCalls"));
        String className = javaName(file, "/signature/api/class");
        if (!Api.KNOWN.containsKey(className)) {
            throw file.fail("/signature/api/class", "expected an API the judge provides ("
                    + String.join(", ", Api.KNOWN.keySet().stream().sorted().toList()) + "), found \"" + className + "\"");
        }
        JsonNode stateNode = required(file, file.root(), "/signature/api/state");
        if (!stateNode.isArray() || stateNode.isEmpty()) {
            throw file.fail("/signature/api/state", "expected a non-empty array of parameter names, found " + kind(stateNode));
        }
        List<String> state = new ArrayList<>();
        for (int i = 0; i < stateNode.size(); i++) {
            String name = text(file, file.root(), "/signature/api/state/" + i);
            if (params.stream().noneMatch(p -> p.name().equals(name))) {
                throw file.fail("/signature/api/state/" + i, "expected the name of a parameter (" + names(params)
                        + "), found \"" + name + "\"");
            }
            if (!(params.stream().filter(p -> p.name().equals(name)).findFirst().get().type() instanceof TypeSpec.Scalar)) {
                throw file.fail("/signature/api/state/" + i, "an API's state is a number, a boolean or a string;"
                        + " " + name + " is not");
            }
            state.add(name);
        }
        if (state.size() == params.size()) {
            throw file.fail("/signature/api/state", "every parameter is the API's state: the method would take none");
        }
        if (signature.isInPlace() && state.contains(signature.answerParam())) {
            throw file.fail("/signature/api/state", "the in-place answer " + signature.answerParam()
                    + " cannot be the API's state");
        }
        JsonNode max = api.get("maxCalls");
        Api.MaxCalls maxCalls;
        if (max == null) {
            maxCalls = null;
        } else if (max.isIntegralNumber()) {
            maxCalls = new Api.MaxCalls(null, integer(file, file.root(), "/signature/api/maxCalls", 0, Integer.MAX_VALUE));
        } else {
            object(file, max, "/signature/api/maxCalls", Set.of("log2", "plus"));
            String log2 = max.has("log2") ? text(file, file.root(), "/signature/api/maxCalls/log2") : null;
            if (log2 != null && params.stream().noneMatch(p -> p.name().equals(log2)
                    && p.type() instanceof TypeSpec.Scalar s && (s.kind() == TypeSpec.Kind.INT || s.kind() == TypeSpec.Kind.LONG))) {
                throw file.fail("/signature/api/maxCalls/log2", "expected the name of an integer parameter, found \""
                        + log2 + "\"");
            }
            long plus = max.has("plus") ? integer(file, file.root(), "/signature/api/maxCalls/plus", 0, Integer.MAX_VALUE) : 0;
            maxCalls = new Api.MaxCalls(log2, plus);
        }
        return new Api(className, state, maxCalls);
    }

    private static String names(List<Param> params) {
        return String.join(", ", params.stream().map(Param::name).toList());
    }

    private static List<Param> params(JsonFile file, String pointer, boolean mayBeEmpty) {
        JsonNode params = required(file, file.root(), pointer);
        if (!params.isArray() || (params.isEmpty() && !mayBeEmpty)) {
            throw file.fail(pointer, "expected a" + (mayBeEmpty ? "n" : " non-empty") + " array of parameters");
        }
        List<Param> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < params.size(); i++) {
            String at = pointer + "/" + i;
            object(file, params.get(i), at, PARAM_FIELDS);
            String name = javaName(file, at + "/name");
            if (!names.add(name)) {
                throw file.fail(at + "/name", "parameter name \"" + name + "\" is used twice");
            }
            TypeSpec type = type(file, at + "/type");
            list.add(new Param(name, type, constraints(file, params.get(i), at, type, list, 0),
                    hint(file, at, type, list)));
        }
        return list;
    }

    /**
     * {@code "design": {"constructor": [params], "methods": [{"name", "params", "returns", "weight"}],
     * "calls": {"min", "max"}}}; the class is {@code /signature/class}.
     */
    private static Design design(JsonFile file) {
        String className = javaName(file, "/signature/class");
        String at = "/signature/design";
        object(file, at(file, at), at, Set.of("constructor", "methods", "calls"));
        List<Param> constructor = params(file, at + "/constructor", true);
        noHints(file, at + "/constructor", constructor);
        JsonNode methods = required(file, file.root(), at + "/methods");
        if (!methods.isArray() || methods.isEmpty()) {
            throw file.fail(at + "/methods", "expected a non-empty array of methods");
        }
        List<Design.Method> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < methods.size(); i++) {
            String m = at + "/methods/" + i;
            object(file, methods.get(i), m, Set.of("name", "params", "returns", "weight"));
            String name = javaName(file, m + "/name");
            if (!names.add(name) || name.equals(className)) {
                throw file.fail(m + "/name", "method name \"" + name + "\" is used twice (or is the class's name)");
            }
            List<Param> params = methods.get(i).has("params") ? params(file, m + "/params", true) : List.of();
            noHints(file, m + "/params", params);
            TypeSpec returns = text(file, file.root(), m + "/returns").equals("void") ? null : type(file, m + "/returns");
            double weight = 1;
            if (methods.get(i).has("weight")) {
                JsonNode w = methods.get(i).get("weight");
                if (!w.isNumber() || w.asDouble() <= 0 || w.asDouble() > 1000) {
                    throw file.fail(m + "/weight", "expected a number above 0 and up to 1000, found " + w);
                }
                weight = w.asDouble();
            }
            list.add(new Design.Method(name, params, returns, weight));
        }
        Range calls = range(file, at + "/calls");
        return new Design(className, constructor, list, calls);
    }

    /** Generator hints relate a method's parameters; a design's calls are drawn without them. */
    private static void noHints(JsonFile file, String at, List<Param> params) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).hint() != null) {
                throw file.fail(at + "/" + i + "/generator", "generator hints are not supported in a design problem");
            }
        }
    }

    private static GeneratorHint hint(JsonFile file, String at, TypeSpec type, List<Param> earlier) {
        JsonNode node = file.root().at(at + "/generator");
        if (node.isMissingNode()) {
            return null;
        }
        object(file, node, at + "/generator", Set.of("charsFrom", "weight"));
        String from = text(file, file.root(), at + "/generator/charsFrom");
        boolean isString = type instanceof TypeSpec.Scalar s && s.kind() == TypeSpec.Kind.STRING;
        if (!isString || earlier.stream().noneMatch(p -> p.name().equals(from) && p.type().equals(type))) {
            throw file.fail(at + "/generator/charsFrom", "expected the name of an earlier String parameter"
                    + " (a String parameter can draw its characters from it), found \"" + from + "\"");
        }
        double weight = 0.9;
        if (node.has("weight")) {
            JsonNode w = node.get("weight");
            if (!w.isNumber() || w.asDouble() < 0 || w.asDouble() > 1) {
                throw file.fail(at + "/generator/weight", "expected a number from 0 to 1, found " + w);
            }
            weight = w.asDouble();
        }
        return new GeneratorHint(from, weight);
    }

    private static Constraints constraints(JsonFile file, JsonNode node, String at, TypeSpec type, List<Param> earlier,
            int depth) {
        Range length = null;
        Ref minLength = null;
        Ref maxLength = null;
        if (node.has("length")) {
            String l = at + "/length";
            object(file, at(file, l), l, Set.of("min", "max", "sameAs"));
            if (!(type instanceof TypeSpec.ArrayOf || type instanceof TypeSpec.ListOf || type instanceof TypeSpec.Node
                    || isKind(type, TypeSpec.Kind.STRING))) {
                throw file.fail(l, "only a string, array, List or ListNode has a length; this is " + name(type));
            }
            JsonNode ln = node.get("length");
            if (ln.has("sameAs")) {
                if (ln.has("min") || ln.has("max")) {
                    throw file.fail(l + "/sameAs", "\"sameAs\" fixes the length: drop \"min\" and \"max\"");
                }
                String other = text(file, file.root(), l + "/sameAs");
                minLength = ref(file, l + "/sameAs", other + ".length", earlier, depth, true);
                maxLength = minLength;
            } else {
                minLength = ln.has("min") && ln.get("min").isTextual() ? ref(file, l + "/min", ln.get("min").asText(),
                        earlier, depth, true) : null;
                maxLength = ln.has("max") && ln.get("max").isTextual() ? ref(file, l + "/max", ln.get("max").asText(),
                        earlier, depth, true) : null;
            }
            long min = minLength != null ? Math.max(0, staticMin(minLength, earlier))
                    : integer(file, file.root(), l + "/min", 0, Integer.MAX_VALUE);
            long max = maxLength != null ? Math.min(Integer.MAX_VALUE, Math.max(min, staticMax(maxLength, earlier)))
                    : integer(file, file.root(), l + "/max", 0, Integer.MAX_VALUE);
            if (min > max) {
                throw file.fail(l, "min " + min + " is greater than max " + max);
            }
            length = new Range(min, max);
        }
        CharClass chars = null;
        if (node.has("chars")) {
            try {
                chars = CharClass.parse(text(file, file.root(), at + "/chars"));
            } catch (IllegalArgumentException e) {
                throw file.fail(at + "/chars", e.getMessage());
            }
        }
        Range values = null;
        Ref minRef = null;
        Ref maxRef = null;
        Constraints.Real real = null;
        boolean floating = isKind(type, TypeSpec.Kind.DOUBLE) || isKind(type, TypeSpec.Kind.FLOAT);
        // A tree's node values (its "element") have no TypeSpec of their own: they are ints.
        boolean whole = isKind(type, TypeSpec.Kind.INT) || isKind(type, TypeSpec.Kind.LONG) || type == null;
        for (String f : List.of("exclusiveMin", "exclusiveMax", "scale", "nonFinite")) {
            if (node.has(f) && !floating) {
                throw file.fail(at + "/" + f, "\"" + f + "\" applies to a double or float; this is " + name(type));
            }
        }
        boolean bounded = node.has("min") || node.has("max") || node.has("exclusiveMin") || node.has("exclusiveMax")
                || node.has("scale") || node.has("nonFinite");
        if (floating && bounded) {
            real = real(file, node, at);
            if (isIntegral(real.min()) && isIntegral(real.max()) && !real.minExclusive() && !real.maxExclusive()
                    && Double.isFinite(real.min()) && Double.isFinite(real.max())) {
                values = new Range((long) real.min(), (long) real.max());
            }
        } else if (node.has("min") || node.has("max")) {
            if (!whole) {
                throw file.fail(at + (node.has("min") ? "/min" : "/max"), "only a number has \"min\" and \"max\";"
                        + " this is " + name(type) + (type instanceof TypeSpec.Scalar ? "" : " (bound its elements in"
                        + " \"element\")"));
            }
            minRef = node.has("min") && node.get("min").isTextual()
                    ? ref(file, at + "/min", node.get("min").asText(), earlier, depth, false) : null;
            maxRef = node.has("max") && node.get("max").isTextual()
                    ? ref(file, at + "/max", node.get("max").asText(), earlier, depth, false) : null;
            long min = minRef != null ? staticMin(minRef, earlier)
                    : integer(file, file.root(), at + "/min", Long.MIN_VALUE, Long.MAX_VALUE);
            long max = maxRef != null ? staticMax(maxRef, earlier)
                    : integer(file, file.root(), at + "/max", Long.MIN_VALUE, Long.MAX_VALUE);
            if (min > max && minRef == null && maxRef == null) {
                throw file.fail(at, "min " + min + " is greater than max " + max);
            }
            values = new Range(Math.min(min, max), max);
        }
        List<Value> special = special(file, node, at, type);
        boolean rectangular = flag(file, node, at + "/rectangular");
        if (rectangular && !(elementType(type) instanceof TypeSpec.ArrayOf || elementType(type) instanceof TypeSpec.ListOf)) {
            throw file.fail(at + "/rectangular", "only an array of arrays (a matrix) can be rectangular; this is "
                    + name(type));
        }
        String shape = null;
        if (node.has("shape")) {
            shape = text(file, file.root(), at + "/shape");
            String other = shape;
            Param p = earlier.stream().filter(q -> q.name().equals(other)).findFirst().orElse(null);
            if (p == null || depth > 0 || !sameNesting(p.type(), type)) {
                throw file.fail(at + "/shape", "expected the name of an earlier parameter nested as deeply as this "
                        + name(type) + " (it takes that parameter's shape), found \"" + shape + "\"");
            }
        }
        long totalMax = 0;
        if (node.has("totalMax")) {
            if (!(elementType(type) instanceof TypeSpec.ArrayOf || elementType(type) instanceof TypeSpec.ListOf)) {
                throw file.fail(at + "/totalMax", "a total size bounds a nested array (an array of arrays); this is "
                        + name(type));
            }
            totalMax = integer(file, file.root(), at + "/totalMax", 1, Integer.MAX_VALUE);
        }
        Constraints element = null;
        if (node.has("element")) {
            object(file, node.get("element"), at + "/element", ELEMENT_FIELDS);
            element = constraints(file, node.get("element"), at + "/element", elementType(type), earlier, depth + 1);
        }
        Constraints.Order sorted = null;
        boolean sequence = type instanceof TypeSpec.ArrayOf || type instanceof TypeSpec.ListOf
                || (type instanceof TypeSpec.Node n && !n.tree());
        if (node.has("sorted")) {
            JsonNode s = node.get("sorted");
            sorted = s.isTextual() ? Constraints.Order.parse(s.asText()) : null;
            if (sorted == null) {
                throw file.fail(at + "/sorted", "expected \"ascending\" (strictly), \"non-decreasing\","
                        + " \"descending\" (strictly) or \"non-increasing\", found " + s);
            }
            if (!sequence || !orderable(elementType(type))) {
                throw file.fail(at + "/sorted", "only an array, List or ListNode of numbers or strings can be"
                        + " sorted; this is " + (type == null ? "not one" : type.javaName()));
            }
        }
        boolean distinct = false;
        if (node.has("distinct")) {
            JsonNode d = node.get("distinct");
            if (!d.isBoolean()) {
                throw file.fail(at + "/distinct", "expected true or false, found " + kind(d));
            }
            distinct = d.asBoolean();
            boolean tree = type instanceof TypeSpec.Node n && n.tree();
            if (distinct && !tree && (!sequence || !orderable(elementType(type)))) {
                throw file.fail(at + "/distinct", "only the elements of an array, List, ListNode or TreeNode of"
                        + " numbers or strings can be declared distinct; this is " + (type == null ? "not one"
                        : type.javaName()));
            }
        }
        Constraints.Extras extras = new Constraints.Extras(minLength, maxLength, minRef, maxRef, real, rectangular,
                shape, totalMax, special);
        return new Constraints(length, chars, values, element, sorted, distinct, extras);
    }

    /** {@code min}, {@code max}, {@code exclusiveMin}, {@code exclusiveMax}, {@code scale}, {@code nonFinite}. */
    private static Constraints.Real real(JsonFile file, JsonNode node, String at) {
        for (String pair : List.of("min/exclusiveMin", "max/exclusiveMax")) {
            String[] both = pair.split("/");
            if (node.has(both[0]) && node.has(both[1])) {
                throw file.fail(at + "/" + both[1], "declare either \"" + both[0] + "\" (inclusive) or \"" + both[1]
                        + "\", not both");
            }
        }
        boolean minExclusive = node.has("exclusiveMin");
        boolean maxExclusive = node.has("exclusiveMax");
        double min = node.has("min") || minExclusive ? number(file, at + (minExclusive ? "/exclusiveMin" : "/min"))
                : -1e6;
        double max = node.has("max") || maxExclusive ? number(file, at + (maxExclusive ? "/exclusiveMax" : "/max"))
                : 1e6;
        if (min > max || (min == max && (minExclusive || maxExclusive))) {
            throw file.fail(at, "the range from " + Range.number(min) + " to " + Range.number(max) + " is empty");
        }
        boolean log = false;
        if (node.has("scale")) {
            String scale = text(file, file.root(), at + "/scale");
            if (!scale.equals("log") && !scale.equals("uniform")) {
                throw file.fail(at + "/scale", "expected \"log\" or \"uniform\", found \"" + scale + "\"");
            }
            log = scale.equals("log");
            if (log && (min < 0 || (min == 0 && !minExclusive))) {
                throw file.fail(at + "/scale", "a log scale needs a positive range (min > 0, or exclusiveMin 0)");
            }
        }
        return new Constraints.Real(min, minExclusive, max, maxExclusive, log, flag(file, node, at + "/nonFinite"));
    }

    private static double number(JsonFile file, String pointer) {
        JsonNode n = file.root().at(pointer);
        if (!n.isNumber()) {
            throw file.fail(pointer, "expected a number, found " + kind(n));
        }
        return n.asDouble();
    }

    private static boolean isIntegral(double d) {
        return d == Math.rint(d) && Math.abs(d) < 9e15;
    }

    private static boolean flag(JsonFile file, JsonNode node, String pointer) {
        JsonNode f = file.root().at(pointer);
        if (f.isMissingNode()) {
            return false;
        }
        if (!f.isBoolean()) {
            throw file.fail(pointer, "expected true or false, found " + kind(f));
        }
        return f.asBoolean();
    }

    /**
     * {@code "special": [...]}: numbers of the parameter's type, or for a double (float) the raw bits as a
     * hex string ({@code "0x7ff0000000000001"}), or {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}
     * when non-finite values are allowed.
     */
    private static List<Value> special(JsonFile file, JsonNode node, String at, TypeSpec type) {
        if (!node.has("special")) {
            return List.of();
        }
        String sp = at + "/special";
        boolean floating = isKind(type, TypeSpec.Kind.DOUBLE) || isKind(type, TypeSpec.Kind.FLOAT);
        boolean whole = isKind(type, TypeSpec.Kind.INT) || isKind(type, TypeSpec.Kind.LONG);
        JsonNode list = node.get("special");
        if (!list.isArray() || list.isEmpty() || (!floating && !whole)) {
            throw file.fail(sp, "expected a non-empty array of special values for an int, long, double or float;"
                    + " this is " + name(type) + " with " + kind(list));
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String p = sp + "/" + i;
            if (whole && v.isIntegralNumber() && v.canConvertToLong()) {
                long n = v.asLong();
                if (isKind(type, TypeSpec.Kind.INT) && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
                    throw file.fail(p, "expected a 32-bit integer, found " + n);
                }
                out.add(new Value.Int(n));
            } else if (floating && v.isNumber()) {
                out.add(new Value.Dbl(isKind(type, TypeSpec.Kind.FLOAT) ? (float) v.asDouble() : v.asDouble()));
            } else if (floating && v.isTextual()) {
                out.add(new Value.Dbl(bits(file, p, v.asText(), isKind(type, TypeSpec.Kind.FLOAT))));
            } else {
                throw file.fail(p, "expected " + (whole ? "an integer" : "a number, a hex bit pattern like"
                        + " \"0x3ff0000000000001\", \"NaN\", \"Infinity\" or \"-Infinity\"") + ", found " + kind(v));
            }
        }
        return out;
    }

    private static double bits(JsonFile file, String pointer, String text, boolean isFloat) {
        switch (text) {
            case "NaN": return Double.NaN;
            case "Infinity": return Double.POSITIVE_INFINITY;
            case "-Infinity": return Double.NEGATIVE_INFINITY;
            default:
        }
        if (!text.matches("0x[0-9a-fA-F]{1," + (isFloat ? 8 : 16) + "}")) {
            throw file.fail(pointer, "expected a hex bit pattern (\"0x\" and up to " + (isFloat ? 8 : 16)
                    + " hex digits), \"NaN\", \"Infinity\" or \"-Infinity\", found \"" + text + "\"");
        }
        long raw = Long.parseUnsignedLong(text.substring(2), 16);
        return isFloat ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw);
    }

    /**
     * A bound tied to another parameter: it must name an earlier parameter (parameters are drawn in order,
     * so the one it reads is there already), read a length of an array or string, or the value of an
     * integer, and use {@code [i]} only inside an array's element.
     */
    private static Ref ref(JsonFile file, String pointer, String text, List<Param> earlier, int depth, boolean ofLength) {
        Ref ref;
        try {
            ref = Ref.parse(text);
        } catch (IllegalArgumentException e) {
            throw file.fail(pointer, e.getMessage());
        }
        Param p = earlier.stream().filter(q -> q.name().equals(ref.param())).findFirst().orElse(null);
        if (p == null) {
            throw file.fail(pointer, "\"" + ref.param() + "\" is not an earlier parameter; a bound may read only"
                    + " parameters declared before this one (" + (earlier.isEmpty() ? "there are none"
                    : String.join(", ", earlier.stream().map(Param::name).toList())) + ")");
        }
        if (ref.perElement() && depth == 0) {
            throw file.fail(pointer, "[i] reads the row with this element's index, so it may only be used inside"
                    + " \"element\"");
        }
        TypeSpec t = p.type();
        for (int ignored : ref.path()) {
            t = elementType(t);
            if (t == null) {
                throw file.fail(pointer, "\"" + ref + "\" indexes deeper than " + p.type().javaName() + " goes");
            }
        }
        // A ListNode is written as the array of its values, so its length is its number of nodes.
        boolean sized = t instanceof TypeSpec.ArrayOf || t instanceof TypeSpec.ListOf || isKind(t, TypeSpec.Kind.STRING)
                || (t instanceof TypeSpec.Node n && !n.tree());
        if (ref.length() ? !sized : !(isKind(t, TypeSpec.Kind.INT) || isKind(t, TypeSpec.Kind.LONG))) {
            throw file.fail(pointer, "\"" + ref + "\" reads " + (ref.length() ? "the length of" : "the value of")
                    + " a " + t.javaName() + "; expected " + (ref.length() ? "an array, a string or a ListNode" : "an integer"));
        }
        return ref;
    }

    /** The smallest value {@code ref} can take, from the declared bounds of what it reads. */
    private static long staticMin(Ref ref, List<Param> earlier) {
        Range r = staticRange(ref, earlier);
        return r == null ? (ref.length() ? 0 : Integer.MIN_VALUE) : r.min() + ref.offset();
    }

    private static long staticMax(Ref ref, List<Param> earlier) {
        Range r = staticRange(ref, earlier);
        return r == null ? Integer.MAX_VALUE : r.max() + ref.offset();
    }

    private static Range staticRange(Ref ref, List<Param> earlier) {
        Param p = earlier.stream().filter(q -> q.name().equals(ref.param())).findFirst().orElseThrow();
        Constraints c = p.constraints();
        for (int ignored : ref.path()) {
            c = c == null ? null : c.element();
        }
        return c == null ? null : ref.length() ? c.length() : c.values();
    }

    private static boolean sameNesting(TypeSpec a, TypeSpec b) {
        while (elementType(a) != null && elementType(b) != null) {
            a = elementType(a);
            b = elementType(b);
        }
        return elementType(a) == null && elementType(b) == null;
    }

    private static boolean isKind(TypeSpec type, TypeSpec.Kind kind) {
        return type instanceof TypeSpec.Scalar s && s.kind() == kind;
    }

    private static String name(TypeSpec type) {
        return type == null ? "not one" : type.javaName();
    }

    /** The type of an array's, list's or linked list's elements; {@code null} for any other type. */
    private static TypeSpec elementType(TypeSpec type) {
        if (type instanceof TypeSpec.ArrayOf a) {
            return a.element();
        }
        if (type instanceof TypeSpec.ListOf l) {
            return l.element();
        }
        if (type instanceof TypeSpec.Node n && !n.tree()) {
            return TypeSpec.parse("int");
        }
        return null;
    }

    private static boolean orderable(TypeSpec element) {
        return element instanceof TypeSpec.Scalar s && s.kind() != TypeSpec.Kind.BOOLEAN;
    }

    private static Range range(JsonFile file, String at) {
        object(file, at(file, at), at, Set.of("min", "max"));
        long min = integer(file, file.root(), at + "/min", 0, Integer.MAX_VALUE);
        long max = integer(file, file.root(), at + "/max", 0, Integer.MAX_VALUE);
        if (min > max) {
            throw file.fail(at, "min " + min + " is greater than max " + max);
        }
        return new Range(min, max);
    }

    private static Limits limits(JsonFile file) {
        JsonNode node = file.root().get("limits");
        if (node == null) {
            return Limits.DEFAULT;
        }
        object(file, node, "/limits", Set.of("timeFactor", "testFloorMs", "totalFloorMs", "memoryMb",
                "languageFactors"));
        Limits d = Limits.DEFAULT;
        double factor = d.timeFactor();
        if (node.has("timeFactor")) {
            JsonNode f = node.get("timeFactor");
            if (!f.isNumber() || f.asDouble() < 1 || f.asDouble() > 1000) {
                throw file.fail("/limits/timeFactor", "expected a number from 1 to 1000, found " + f);
            }
            factor = f.asDouble();
        }
        long testFloor = node.has("testFloorMs") ? integer(file, file.root(), "/limits/testFloorMs", 10, 600_000)
                : d.testFloorMs();
        long totalFloor = node.has("totalFloorMs")
                ? integer(file, file.root(), "/limits/totalFloorMs", 10, 3_600_000) : d.totalFloorMs();
        int memory = node.has("memoryMb") ? (int) integer(file, file.root(), "/limits/memoryMb", 32, 16_384)
                : d.memoryMb();
        Map<String, Double> languageFactors = new java.util.LinkedHashMap<>();
        JsonNode lf = node.get("languageFactors");
        if (lf != null) {
            if (!lf.isObject()) {
                throw file.fail("/limits/languageFactors", "expected an object such as {\"python\": 4}, found " + lf);
            }
            for (var it = lf.fields(); it.hasNext(); ) {
                var e = it.next();
                String at = "/limits/languageFactors/" + e.getKey();
                if (!e.getKey().matches("[a-z][a-z0-9+]*")) {
                    throw file.fail(at, "expected a language name in lower case (java, python), found \""
                            + e.getKey() + "\"");
                }
                if (!e.getValue().isNumber() || e.getValue().asDouble() < 1 || e.getValue().asDouble() > 100) {
                    throw file.fail(at, "expected a number from 1 to 100, found " + e.getValue());
                }
                languageFactors.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return new Limits(factor, testFloor, totalFloor, memory, languageFactors);
    }

    private static CheckerSpec checker(JsonFile file) {
        JsonNode node = file.root().get("checker");
        if (node == null || (node.isTextual() && node.asText().equals("exact"))) {
            return new CheckerSpec.Exact();
        }
        if (node.isTextual() && node.asText().equals("unordered")) {
            return new CheckerSpec.Unordered();
        }
        if (node.isObject() && node.has("float")) {
            object(file, node, "/checker", Set.of("float"));
            JsonNode f = node.get("float");
            object(file, f, "/checker/float", Set.of("abs", "rel"));
            return new CheckerSpec.Float(tolerance(file, f, "abs"), tolerance(file, f, "rel"));
        }
        if (node.isObject() && node.has("random")) {
            object(file, node, "/checker", Set.of("random"));
            return new CheckerSpec.Random(javaName(file, "/checker/random"));
        }
        if (node.isObject()) {
            object(file, node, "/checker", Set.of("class"));
            return new CheckerSpec.PackageClass(javaName(file, "/checker/class"));
        }
        throw file.fail("/checker", "expected \"exact\", \"unordered\", {\"float\": {\"abs\": 1e-5, \"rel\": 1e-5}}"
                + ", {\"class\": \"NameOfYourChecker\"} or {\"random\": \"NameOfYourChecker\"}, found " + kind(node));
    }

    private static double tolerance(JsonFile file, JsonNode node, String field) {
        JsonNode t = node.get(field);
        if (t == null) {
            return 0;
        }
        if (!t.isNumber() || t.asDouble() < 0 || t.asDouble() >= 1) {
            throw file.fail("/checker/float/" + field, "expected a tolerance from 0 to 1 (like 1e-5), found " + t);
        }
        return t.asDouble();
    }

    /** The statement's examples, {@code tests/examples.json}. */
    public static List<TestCase> examples(Problem problem) {
        return readTests(problem, problem.dir().resolve("tests").resolve("examples.json"));
    }

    /** Every hidden test, from {@code tests/hidden/*.json} in file-name order. */
    public static List<TestCase> hidden(Problem problem) {
        Path dir = problem.dir().resolve("tests").resolve("hidden");
        List<TestCase> tests = new ArrayList<>();
        for (Path file : jsonFiles(dir)) {
            tests.addAll(readTests(problem, file));
        }
        return tests;
    }

    public static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new PackageException(shown(dir) + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    /** Reads one test file: a JSON array of {@code {"name", "input": {param: value}, "expected"}}. */
    public static List<TestCase> readTests(Problem problem, Path path) {
        JsonFile file = JsonFile.read(path, shown(path));
        JsonNode root = file.root();
        if (!root.isArray()) {
            throw file.fail("", "expected an array of tests, found " + kind(root));
        }
        Signature sig = problem.signature();
        List<TestCase> tests = new ArrayList<>();
        String stem = path.getFileName().toString().replaceFirst("\\.json$", "");
        for (int i = 0; i < root.size(); i++) {
            String at = "/" + i;
            JsonNode test = root.get(i);
            object(file, test, at, Set.of("name", "input", "expected"));
            String name = test.has("name") ? text(file, root, at + "/name") : stem + "-" + (i + 1);
            JsonNode input = required(file, root, at + "/input");
            object(file, input, at + "/input", null);
            for (Iterator<String> it = input.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (sig.params().stream().noneMatch(p -> p.name().equals(field))) {
                    throw file.fail(at + "/input/" + field, "unknown parameter \"" + field + "\"; "
                            + (sig.isDesign() ? "a design problem's test" : sig.method()) + " takes " + paramNames(sig));
                }
            }
            List<Value> args = new ArrayList<>();
            for (Param param : sig.params()) {
                JsonNode node = input.get(param.name());
                if (node == null) {
                    throw file.fail(at + "/input", "missing parameter \"" + param.name() + "\" (" + param.type().javaName()
                            + ")");
                }
                args.add(value(file, node, at + "/input/" + param.name()));
            }
            Violation v = sig.violation(args);
            if (v != null) {
                throw file.fail(at + "/input" + v.path(), v.message());
            }
            Value expected = null;
            if (test.has("expected")) {
                expected = value(file, test.get("expected"), at + "/expected");
                Violation w = sig.outputViolation(args, expected);
                if (w != null) {
                    throw file.fail(at + "/expected" + w.path(), w.message());
                }
            }
            tests.add(new TestCase(name, args, expected, shown(path) + " " + at));
        }
        return tests;
    }

    private static String paramNames(Signature sig) {
        return String.join(", ", sig.params().stream().map(Param::name).toList());
    }

    /** Converts JSON to a {@link Value}; JSON objects have no LeetCode meaning. */
    static Value value(JsonFile file, JsonNode node, String pointer) {
        if (node.isTextual()) {
            return new Value.Str(node.asText());
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw file.fail(pointer, "integer " + node + " does not fit in 64 bits");
            }
            return new Value.Int(node.asLong());
        }
        if (node.isNumber()) {
            return new Value.Dbl(node.asDouble());
        }
        if (node.isBoolean()) {
            return new Value.Bool(node.asBoolean());
        }
        if (node.isNull()) {
            return Value.Null.INSTANCE;
        }
        if (node.isArray()) {
            List<Value> items = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                items.add(value(file, node.get(i), pointer + "/" + i));
            }
            return new Value.Arr(items);
        }
        throw file.fail(pointer, "expected a value (string, number, boolean, null or array), found an object");
    }

    private static JsonNode at(JsonFile file, String pointer) {
        return file.root().at(pointer);
    }

    private static JsonNode required(JsonFile file, JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode()) {
            int slash = pointer.lastIndexOf('/');
            String parent = pointer.substring(0, slash);
            throw file.fail(parent, "missing field \"" + pointer.substring(slash + 1) + "\"");
        }
        return node;
    }

    private static void object(JsonFile file, JsonNode node, String pointer, Set<String> allowed) {
        if (!node.isObject()) {
            throw file.fail(pointer, "expected an object, found " + kind(node));
        }
        if (allowed == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String field = it.next().getKey();
            if (!allowed.contains(field)) {
                throw file.fail(pointer + "/" + field, "unknown field \"" + field + "\"; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonFile file, JsonNode root, String pointer) {
        JsonNode node = required(file, root, pointer);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw file.fail(pointer, "expected a non-empty string, found " + kind(node));
        }
        return node.asText();
    }

    private static String javaName(JsonFile file, String pointer) {
        String name = text(file, file.root(), pointer);
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw file.fail(pointer, "expected a Java identifier, found \"" + name + "\"");
        }
        return name;
    }

    private static TypeSpec type(JsonFile file, String pointer) {
        try {
            return TypeSpec.parse(text(file, file.root(), pointer));
        } catch (IllegalArgumentException e) {
            throw file.fail(pointer, e.getMessage());
        }
    }

    private static long integer(JsonFile file, JsonNode root, String pointer, long min, long max) {
        JsonNode node = required(file, root, pointer);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw file.fail(pointer, "expected an integer, found " + kind(node));
        }
        long n = node.asLong();
        if (n < min || n > max) {
            throw file.fail(pointer, "expected an integer from " + min + " to " + max + ", found " + n);
        }
        return n;
    }

    static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "a boolean";
        } else if (node.isNull()) {
            return "null";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isObject()) {
            return "an object";
        }
        return "nothing";
    }

    /** A path as messages show it: relative to the working directory when it lies below it. */
    public static Path shown(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
