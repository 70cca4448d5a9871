"""The judge's static check of a Python solution: it parses and compiles the source, never runs it.

Usage::

    python3 check.py SOURCE CONFIG

``SOURCE`` is the solution's file. ``CONFIG`` is a JSON object, given as the argument's text (when it starts
with ``{``) or as the path of a file holding it::

    {"class": "Solution", "method": "minWindow",
     "params": [{"name": "s", "type": "str"}, {"name": "t", "type": "str"}], "returns": "str"}

or, for a design problem (the constructor is ``__init__``)::

    {"class": "LRUCache", "design": [
        {"name": "__init__", "params": [{"name": "capacity", "type": "int"}]},
        {"name": "get", "params": [{"name": "key", "type": "int"}], "returns": "int"}, ...]}

A parameter may also be given as its bare name; ``type`` and ``returns`` only shape the messages. A package
that forbids Python APIs (``forbiddenApis`` in its problem.json) adds them::

    "forbidden": [{"module": "numpy", "reason": "..."}, {"module": "math", "name": "fsum", "reason": "..."},
                  {"module": "struct", "format": "e", "reason": "..."}]

It prints one JSON object on one line, and exits 0, whatever the source holds::

    {"ok": true}
    {"ok": false, "errors": [{"line": 3, "column": 9, "message": "..."}]}

An error is a syntax or indentation error (at the solution's own line and column, from 1), a missing class,
a missing method or a wrong number of parameters (the message shows the declaration expected:
``def minWindow(self, s: str, t: str) -> str:``), or a use of a forbidden API (``uses struct.pack: <the
package's reason>``, at the line and column of the use). A source too large or nested too deeply to parse is an
error too, never a crash. The exit status is 2 only when the command line itself is wrong.
"""
import ast
import json
import sys

MAX_SOURCE_BYTES = 1 << 20


def declaration(member):
    """How LeetCode's template spells a member: ``def minWindow(self, s: str, t: str) -> str:``."""
    params = ["self"]
    for p in member.get("params", []):
        if isinstance(p, dict):
            params.append(p["name"] + (": " + p["type"] if p.get("type") else ""))
        else:
            params.append(str(p))
    returns = member.get("returns")
    if member.get("name") == "__init__":
        returns = None
    return "def %s(%s)%s:" % (member["name"], ", ".join(params), " -> " + returns if returns else "")


def error(line, column, message):
    return {"line": max(1, int(line or 1)), "column": max(1, int(column or 1)), "message": message}


def parse(data, filename):
    """The module's tree, or a list of errors."""
    if len(data) > MAX_SOURCE_BYTES:
        return [error(1, 1, "the file is larger than %d bytes" % MAX_SOURCE_BYTES)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[:e.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return [error(line, column, "the file is not UTF-8: byte 0x%02x cannot be read" % data[e.start])]
    try:
        tree = ast.parse(text, filename)
        # Compiling (never running) the tree finds what the parser lets through: 'return' outside a function,
        # a nonlocal without a binding, 'await' outside async code.
        compile(tree, filename, "exec", dont_inherit=True)
        return tree
    except SyntaxError as e:  # IndentationError and TabError too
        kind = type(e).__name__
        return [error(e.lineno, e.offset, "%s: %s" % (kind, e.msg))]
    except (RecursionError, MemoryError):
        return [error(1, 1, "the source is nested too deeply or is too large to compile")]
    except ValueError as e:  # a null byte
        return [error(1, 1, "SyntaxError: %s" % e)]


def positional_counts(function):
    """(required, at most, takes self) for the function's positional parameters."""
    args = function.args
    positional = list(args.posonlyargs) + list(args.args)
    static = any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in function.decorator_list)
    if not static and positional:
        positional = positional[1:]
    required = len(positional) - len(args.defaults)
    at_most = float("inf") if args.vararg else len(positional)
    if any(d is None for d in args.kw_defaults[:len(args.kwonlyargs)]):
        required = -1  # a keyword-only parameter without a default can never be passed
    return required, at_most


def check_member(cls, member, errors):
    name = member["name"]
    expected = declaration(member)
    count = len(member.get("params", []))
    found = None
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            found = node  # the last definition is the one Python keeps
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                found = node
    if found is None:
        if name == "__init__" and count == 0:
            return
        errors.append(error(cls.lineno, cls.col_offset + 1, "class %s has no method %s: expected %s"
                            % (cls.name, name, expected)))
        return
    if not isinstance(found, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return  # bound some other way (name = helper): only running it tells
    if isinstance(found, ast.AsyncFunctionDef):
        errors.append(error(found.lineno, found.col_offset + 1, "%s is async: expected %s" % (name, expected)))
        return
    required, at_most = positional_counts(found)
    if required == -1 or not (required <= count <= at_most):
        given = len(found.args.posonlyargs) + len(found.args.args)
        errors.append(error(found.lineno, found.col_offset + 1,
                            "%s takes %d parameter%s, expected %d (and self): %s"
                            % (name, max(0, given - 1), "" if given - 1 == 1 else "s", count, expected)))


# ---- forbidden APIs ----------------------------------------------------------------------------------------

# What runner.py's prelude has imported before the solution's first line (LeetCode's implicit imports): these
# names are bound without an import statement in the solution.
IMPLICIT_MODULES = ("array", "bisect", "collections", "copy", "functools", "heapq", "itertools", "math", "operator",
                    "random", "re", "statistics", "string", "sys", "typing")
IMPLICIT_STAR = ("typing", "collections", "heapq", "bisect", "math", "itertools", "functools", "string")
IMPORT_FUNCTIONS = ("__import__", "builtins.__import__", "importlib.import_module", "importlib.__import__")
STRUCT_FUNCTIONS = ("struct.pack", "struct.unpack", "struct.pack_into", "struct.unpack_from", "struct.iter_unpack",
                    "struct.calcsize", "struct.Struct")


class Forbidden:
    """The package's rules: whole modules (with their submodules, and ``_struct`` for ``struct``), names, and
    struct format codes (``e``: then the rest of struct is allowed, but not its C half ``_struct``)."""

    def __init__(self, rules):
        self.modules = []
        self.names = []
        self.formats = []
        for rule in rules:
            if rule.get("format"):
                self.formats.append((rule["format"], rule["reason"]))
                self.modules.append(("_struct", rule["reason"]))
            elif rule.get("name"):
                self.names.append((rule["module"] + "." + rule["name"], rule["reason"]))
            else:
                self.modules.append((rule["module"], rule["reason"]))
                if "." not in rule["module"] and not rule["module"].startswith("_"):
                    self.modules.append(("_" + rule["module"], rule["reason"]))

    def reason(self, qualified):
        """The reason ``qualified`` (``struct.pack``, ``math.fsum``, ``scipy.special``) is forbidden, or None."""
        for module, reason in self.modules:
            if qualified == module or qualified.startswith(module + "."):
                return reason
        for name, reason in self.names:
            if qualified == name or qualified.startswith(name + "."):
                return reason
        return None

    def format_reason(self, text):
        """The reason a struct format (``"<e"``) is forbidden, or None."""
        for codes, reason in self.formats:
            if any(c in text for c in codes):
                return reason
        return None

    def names_in(self, module):
        """The forbidden names of ``module`` that ``from module import *`` binds (public ones)."""
        return [n[len(module) + 1:] for n, _ in self.names
                if n.startswith(module + ".") and "." not in n[len(module) + 1:] and not n[len(module) + 1:].startswith("_")]


def constant_string(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class ForbiddenUses(ast.NodeVisitor):
    """Finds the uses of forbidden APIs: imports of them (``import struct``, ``from struct import pack``,
    ``from scipy import special``), attributes through any alias (``import struct as s; s.pack``), names bound
    by the implicit imports (``fsum`` after ``from math import *``), and the dynamic forms whose name is a
    literal (``__import__("struct")``, ``importlib.import_module("struct")``, ``sys.modules["struct"]``,
    ``getattr(math, "fsum")``). A name built at run time (``"str" + "uct"``) is runner.py's to refuse."""

    def __init__(self, forbidden, tree):
        self.forbidden = forbidden
        self.errors = []
        self.seen = set()
        # What each name may stand for: the implicit imports, then every import of the file (scopes are not
        # told apart: a name imported anywhere is taken to mean that import everywhere).
        self.aliases = {m: m for m in IMPLICIT_MODULES}
        user_bound = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                user_bound.add(node.id)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                user_bound.add(node.name)
            elif isinstance(node, ast.arg):
                user_bound.add(node.arg)
        for module in IMPLICIT_STAR:
            for name in forbidden.names_in(module):
                if name not in user_bound:
                    self.aliases[name] = module + "." + name
        for name in user_bound:
            if name in self.aliases and name not in IMPLICIT_MODULES:
                del self.aliases[name]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.asname:
                        self.aliases[a.asname] = a.name
                    else:
                        top = a.name.split(".")[0]
                        self.aliases[top] = top
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for a in node.names:
                    if a.name == "*":
                        for name in forbidden.names_in(node.module):
                            if name not in user_bound:
                                self.aliases.setdefault(name, node.module + "." + name)
                    else:
                        self.aliases[a.asname or a.name] = node.module + "." + a.name

    def report(self, node, what, qualified):
        reason = self.forbidden.reason(qualified)
        if reason is None:
            return False
        key = (node.lineno, node.col_offset, qualified)
        if key not in self.seen:
            self.seen.add(key)
            self.errors.append(error(node.lineno, node.col_offset + 1, "%s %s: %s" % (what, qualified, reason)))
        return True

    def resolve(self, node):
        """The qualified name an expression stands for (``struct.pack``), or None."""
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.resolve(node.value)
            return base + "." + node.attr if base else None
        if isinstance(node, ast.Call):
            function = self.resolve(node.func) if not isinstance(node.func, ast.Name) else \
                self.aliases.get(node.func.id, node.func.id)
            first = constant_string(node.args[0]) if node.args else None
            if function in IMPORT_FUNCTIONS and first:
                return first
            if function == "getattr" and len(node.args) >= 2:
                base = self.resolve(node.args[0])
                attribute = constant_string(node.args[1])
                return base + "." + attribute if base and attribute else None
            if function == "sys.modules.get" and first:
                return first
            return None
        if isinstance(node, ast.Subscript):
            key = node.slice.value if isinstance(node.slice, getattr(ast, "Index", ())) else node.slice  # before 3.9
            if self.resolve(node.value) == "sys.modules" and constant_string(key):
                return constant_string(key)
        return None

    def struct_format(self, node):
        """A call of a struct function whose format is a literal with a forbidden code: ``struct.pack("<e", x)``."""
        if not self.forbidden.formats:
            return False
        function = self.resolve(node.func)
        if function is None or function not in STRUCT_FUNCTIONS:
            return False
        argument = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "format"), None)
        if not isinstance(argument, ast.Constant) or not isinstance(argument.value, (str, bytes)):
            return False
        text = argument.value if isinstance(argument.value, str) else argument.value.decode("latin-1")
        reason = self.forbidden.format_reason(text)
        if reason is None:
            return False
        key = (node.lineno, node.col_offset, text)
        if key not in self.seen:
            self.seen.add(key)
            self.errors.append(error(node.lineno, node.col_offset + 1, "uses %s with the format %r: %s"
                                     % (function, text, reason)))
        return True

    def visit_Call(self, node):
        if not self.struct_format(node):
            self.visit_expression(node)

    def visit_Import(self, node):
        for a in node.names:
            self.report(node, "imports", a.name)

    def visit_ImportFrom(self, node):
        if node.level or not node.module:
            return
        if self.report(node, "imports", node.module):
            return
        for a in node.names:
            if a.name != "*":  # a star import is fine: only a forbidden name it binds, used, is refused
                self.report(node, "imports", node.module + "." + a.name)

    def visit_expression(self, node):
        qualified = self.resolve(node)
        if qualified is not None and self.report(node, "uses", qualified):
            return  # the longest name is reported (scipy.special.softmax), not each of its prefixes
        self.generic_visit(node)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.visit_expression(node)

    visit_Attribute = visit_expression
    visit_Subscript = visit_expression


def forbidden_uses(tree, rules):
    visitor = ForbiddenUses(Forbidden(rules), tree)
    visitor.visit(tree)
    return sorted(visitor.errors, key=lambda e: (e["line"], e["column"]))


def check(data, config, filename="solution.py"):
    tree = parse(data, filename)
    if isinstance(tree, list):
        return tree
    class_name = config["class"]
    members = config.get("design") or [{"name": config["method"], "params": config.get("params", []),
                                        "returns": config.get("returns")}]
    cls = None
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            cls = node
    if cls is None:
        shape = "class %s:\n    %s" % (class_name, "\n    ".join(declaration(m) for m in members))
        return [error(1, 1, "no class %s at the top level of the file: expected\n%s" % (class_name, shape))]
    errors = []
    for member in members:
        check_member(cls, member, errors)
    if config.get("forbidden"):
        errors.extend(forbidden_uses(tree, config["forbidden"]))
    return errors


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 check.py SOURCE CONFIG_JSON\n")
        return 2
    try:
        text = argv[2] if argv[2].lstrip().startswith("{") else open(argv[2], encoding="utf-8").read()
        config = json.loads(text)
        with open(argv[1], "rb") as f:
            data = f.read(MAX_SOURCE_BYTES + 1)
    except (OSError, ValueError) as e:
        sys.stderr.write("check.py: %s\n" % e)
        return 2
    name = argv[1].replace("\\", "/").rsplit("/", 1)[-1]
    try:
        errors = check(data, config, name)
    except (RecursionError, MemoryError):
        errors = [error(1, 1, "the source is nested too deeply or is too large to check")]
    sys.stdout.write(json.dumps({"ok": True} if not errors else {"ok": False, "errors": errors}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
