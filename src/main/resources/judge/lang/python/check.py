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

A parameter may also be given as its bare name; ``type`` and ``returns`` only shape the messages. It prints
one JSON object on one line, and exits 0, whatever the source holds::

    {"ok": true}
    {"ok": false, "errors": [{"line": 3, "column": 9, "message": "..."}]}

An error is a syntax or indentation error (at the solution's own line and column, from 1), a missing class,
a missing method or a wrong number of parameters (the message shows the declaration expected:
``def minWindow(self, s: str, t: str) -> str:``). A source too large or nested too deeply to parse is an
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
