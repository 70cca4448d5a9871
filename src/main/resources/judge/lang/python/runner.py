"""The judge's runner for Python 3 solutions: the program that runs inside the sandboxed child.

It speaks exactly the wire protocol of the Java runner (judge.runner.Runner, judge.runner.Frames):

Requests, on stdin, are ``<length>\\n<payload>``; answers, on stdout, are
``\\x01J<nonce> <length>\\n<payload>\\x01E<nonce>\\n``. Payloads are values in LeetCode's format, UTF-8.

The first request is the configuration::

    ["nonce", "Solution", "minWindow", keepBytes, limitBytes, "/path/of/solution.py", design, types, language,
     memoryMb, answer, [api, [state...]], cycle]

``design`` is empty except for a design problem, where it lists the class's members, the constructor first,
each as its name followed by its parameter types as Java spells them: ``[["LRUCache","int"],["get","int"],
["put","int","int"]]``. ``types`` (optional, Python only) is the method's parameter types followed by its
return type, as Java spells them: ``["ListNode","ListNode","ListNode"]``; without it the runner reads
``ListNode``/``TreeNode`` from the method's annotations. ``memoryMb`` (optional, Python only) caps the
memory the solution may add (``RLIMIT_DATA``), so that going past it is a flagged ``MemoryError`` rather than the
OS or the cgroup killing the child; 0 or absent leaves the sandbox's cgroup as the only bound. The solution's file may not exist yet when the
configuration arrives: it is loaded (as a module named ``solution``, so an ``if __name__ == "__main__":``
block does not run) at the first call. Each later request is a batch of calls, each call the list of its
arguments: ``[["ADOBECODEBANC","ABC"],["a","aa"]]`` (for a design problem ``[operations, arguments]``).
Every call gets one answer, in order:

``answer`` (optional) is the index of the argument whose value after the call is the answer (an in-place
problem), -1 when the returned value is; ``[api, [state...]]`` (optional) names the judge-provided API the
solution calls (``VersionControl``: the global ``isBadVersion``) and the indices of the arguments that are its
hidden state (they are not passed to the method). With an API every ``ok`` answer has a fifth element, how many
times the solution called it. ``cycle`` (optional) is ``[]`` or ``[list, pos, returnsNode]``: the list argument's
tail links back to the node at index argument ``pos`` (not passed to the method); after the call the list must be
unchanged (else the answer is a string saying which node changed), and with ``returnsNode`` a returned node is
answered by its index in the list by identity. Fields 11 to 13 come only for a problem with those shapes.

* ``["ok", nanos, "<returned value>", "<stdout>"]``; for a design problem the value is the list of every
  operation's result (``null`` for the constructor and for methods that return nothing). ``nanos`` is the CPU
  time (of the whole process) of the call and of writing out what it returned (which may run the solution's
  code: a node's properties);
* ``["exception", nanos, "ValueError", "message", [["solution.py", "Solution.minWindow", 7], ...], "<stdout>"]``:
  the frames are the solution's own, innermost first, at most 30. The type is the exception class's name for
  Python's own exceptions and ``module.Name`` for others (so a solution's own ``MemoryError`` class reads
  ``solution.MemoryError``). The 7th field, ``memory``, is true only for a ``MemoryError`` that an allocation
  raised (past the ``memoryMb`` cap: the judge's Memory Limit Exceeded), never for one the solution's own
  ``raise`` made (a Runtime Error, as ``RecursionError`` is);
* ``["output-limit"]`` when the solution printed more than ``limitBytes`` in all, or returned a value whose
  text is longer than that, after which the runner exits;
* ``["error", "message"]`` when the runner itself cannot go on (a missing class or method, a bad request).

A package that forbids Python APIs has them in ``forbidden.json`` beside the solution (``[{"module": "numpy",
"reason": "..."}, {"module": "math", "name": "fsum", ...}, {"module": "struct", "format": "e", ...}]``): read
just before the solution loads (an unreadable one is an ``error`` answer), they make those modules unimportable,
those names and struct formats unusable; using one raises ``judge.ForbiddenApiError`` (an ``ImportError``) with
the package's reason. A learning rule that check.py enforces first, not a security boundary.

``sys.exit`` and ``os._exit`` end the child without an answer for that call, which the judge reads as a
Runtime Error. A return value that cannot be written out (a cycle, an object, an int beyond 64 bits) is an
exception answer of type ``ValueError``. A set, frozenset, deque or dict keys/values view is written as a list,
in its iteration order, as LeetCode's Python judge writes it.

Everything the solution controls is hostile. Before its module loads, the runner takes private copies of the
channel's file descriptors, points descriptor 0 at /dev/null and descriptor 1 at descriptor 2, so whatever the
solution writes to descriptors 1 or 2 reaches the judge as stray output, never as a frame; the nonce lives
only in a local of the serving function and in the frame header bytes, never in a module attribute. Python
has no privacy: code in the same process can still reach them (through frames, gc or ctypes), so the runner
only ever runs under the judge's OS sandbox, and the judge's own clocks bound every call.
"""


def _serve():
    # Everything is local to this function: nothing the solution can import from a module (sys.modules holds
    # no reference to this program's state) and nothing at module level but this function, deleted below.
    import gc
    import io
    import json
    import math
    import opcode
    import os
    import sys
    import threading
    import time
    import traceback
    import types
    from collections import deque
    from decimal import Decimal

    real_in = os.dup(0)
    real_out = os.dup(1)
    try:
        null = os.open(os.devnull, os.O_RDONLY)
    except OSError:
        null, w = os.pipe()
        os.close(w)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(2, 1)
    # Time is CPU time (the design's rule): the whole process's, so work moved to another thread still counts,
    # and a busy machine does not turn an accepted solution into a slow one. The judge's wall-clock deadline
    # is the backstop for code that sleeps or blocks.
    clock = time.process_time_ns
    write = os.write
    exit_now = os._exit

    max_message_chars = 2000
    max_frames = 30
    max_nodes = 2_000_000
    max_depth = 1000
    # Containers LeetCode's Python judge writes out as a list, in their iteration order: accepted solutions
    # return a set of tuples for 15's List[List[int]], or a dict's values() for a List[List[str]]. Their
    # iteration runs no code of the solution's (exact types only, never a subclass).
    written_as_list = (set, frozenset, deque, type({}.keys()), type({}.values()))

    # ---- framing -------------------------------------------------------------------------------------------

    buffered = io.BufferedReader(io.FileIO(real_in, "rb", closefd=False), 1 << 16)

    def read_request():
        """One request frame's payload, or None at the end of the stream."""
        header = buffered.readline(12)
        if not header:
            return None
        if not header.endswith(b"\n") or not header[:-1].isdigit():
            raise ValueError("malformed frame header")
        length = int(header[:-1])
        if length > 256 << 20:
            raise ValueError("frame too large")
        body = buffered.read(length)
        if len(body) != length:
            raise ValueError("the stream ended inside a frame")
        return body.decode("utf-8", "surrogatepass")

    # ---- values: judge.value.ValueFormat in Python ---------------------------------------------------------

    loads = json.loads  # bound now: the solution may replace json.loads, time.perf_counter_ns, os.write
    # Bound now too: a package may forbid a name of these modules (its rules replace it everywhere).
    floor = math.floor
    inf = math.inf
    basename = os.path.basename
    walk_tb = traceback.walk_tb

    def parse(text):
        return loads(text, strict=False)

    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
    for code in range(0x20):
        escapes.setdefault(chr(code), "\\u%04x" % code)
    escape_table = str.maketrans(escapes)

    def format_string(s):
        return '"' + s.translate(escape_table) + '"'

    def format_double(d):
        if d != d:
            return "NaN"
        if d in (inf, -inf):
            return "Infinity" if d > 0 else "-Infinity"
        if d == floor(d) and abs(d) < 1e15:
            return "%.1f" % d
        # Java's Double.toString: the shortest digits that read back as d (Python's repr), written plainly
        # from 10^-3 up to 10^7 and as d.dddE[-]n outside.
        _, ds, exponent = Decimal(repr(abs(d))).as_tuple()
        digits = "".join(map(str, ds))
        point = len(digits) + exponent  # d is 0.<digits> times 10^point
        digits = digits.rstrip("0") or "0"
        sign = "-" if d < 0 else ""
        if 1e-3 <= abs(d) < 1e7:
            if point <= 0:
                return sign + "0." + "0" * -point + digits
            if point >= len(digits):
                return sign + digits + "0" * (point - len(digits)) + ".0"
            return sign + digits[:point] + "." + digits[point:]
        return sign + digits[0] + "." + (digits[1:] or "0") + "E" + str(point - 1)

    class Unwritable(Exception):
        pass

    class TooLong(Exception):
        pass

    def format_value(value, limit):
        """The value in LeetCode's format; raises Unwritable, or TooLong past ``limit`` characters."""
        out = []
        size = [0]

        def add(text):
            out.append(text)
            size[0] += len(text)
            if size[0] > limit:
                raise TooLong()

        def value_of(v, depth):
            t = type(v)
            if v is None:
                add("null")
            elif t is bool:
                add("true" if v else "false")
            elif t is int:
                if not -(1 << 63) <= v < (1 << 63):
                    raise Unwritable("the integer %d does not fit in 64 bits" % v if v.bit_length() < 4000
                                     else "an integer does not fit in 64 bits")
                add(str(v))
            elif t is float:
                add(format_double(v))
            elif t is str:
                add(format_string(v))
            elif t is list or t is tuple or t in written_as_list:
                if t is not list and t is not tuple:
                    v = list(v)
                if depth > max_depth:
                    raise Unwritable("values are nested deeper than %d levels (does a list contain itself?)"
                                     % max_depth)
                if v and all(type(x) is int for x in v) and all(-(1 << 63) <= x < (1 << 63) for x in v):
                    add("[" + ",".join(map(str, v)) + "]")
                    return
                add("[")
                for k, item in enumerate(v):
                    if k:
                        add(",")
                    value_of(item, depth + 1)
                add("]")
            elif t.__name__ == "ListNode":
                add(list_text(v))
            elif t.__name__ == "TreeNode":
                add(tree_text(v))
            else:
                raise Unwritable("the solution returned a %s, which has no LeetCode format" % t.__name__)

        def node_value(node):
            v = node.val
            if type(v) is not int:
                raise Unwritable("a node's val is a %s, not an int" % type(v).__name__)
            return str(v)

        def list_text(head):
            items = []
            n = head
            while n is not None:
                if len(items) >= max_nodes:
                    raise Unwritable("the returned list has more than %d nodes: it has a cycle" % max_nodes)
                items.append(node_value(n))
                n = n.next
            return "[" + ",".join(items) + "]"

        def tree_text(root):
            items = [node_value(root)]
            queue = [root]
            seen = {id(root)}
            head = 0
            while head < len(queue):
                n = queue[head]
                head += 1
                for child in (n.left, n.right):
                    if child is None:
                        items.append("null")
                    else:
                        if id(child) in seen or len(seen) > max_nodes:
                            raise Unwritable("the returned tree is not a tree: a node is reached twice")
                        seen.add(id(child))
                        items.append(node_value(child))
                        queue.append(child)
            while items and items[-1] == "null":
                items.pop()
            return "[" + ",".join(items) + "]"

        value_of(value, 0)
        return "".join(out)

    def frame_bytes(answer):
        body = format_value(answer, 1 << 62).encode("utf-8", "replace")
        return header_prefix + str(len(body)).encode() + b"\n" + body + trailer

    # ---- LeetCode's ListNode and TreeNode ------------------------------------------------------------------

    class ListNode:
        def __init__(self, val=0, next=None):
            self.val = val
            self.next = next

        def __repr__(self):
            return "ListNode{val: %s, next: %s}" % (self.val, self.next)

    class TreeNode:
        def __init__(self, val=0, left=None, right=None):
            self.val = val
            self.left = left
            self.right = right

        def __repr__(self):
            return "TreeNode{val: %s, left: %s, right: %s}" % (self.val, self.left, self.right)

    def build_list(values, node_type):
        head = None
        for v in reversed(values):
            head = node_type(v, head)
        return head

    def build_tree(values, node_type):
        """Level order: each non-null node takes the next two entries as its children."""
        if not values or values[0] is None:
            return None
        root = node_type(values[0])
        parents = [root]
        head = 0
        i = 1
        while i < len(values) and head < len(parents):
            parent = parents[head]
            head += 1
            for side in ("left", "right"):
                if i < len(values):
                    v = values[i]
                    i += 1
                    if v is not None:
                        child = node_type(v)
                        setattr(parent, side, child)
                        parents.append(child)
        return root

    def converter(java_type, module):
        """A function turning a parsed argument into what a Python solution gets for ``java_type``."""
        t = (java_type or "").replace(" ", "")
        if t == "ListNode":
            return lambda v: build_list(v, module.get("ListNode", ListNode))
        if t == "TreeNode":
            return lambda v: build_tree(v, module.get("TreeNode", TreeNode))
        if t in ("double", "Double"):
            return lambda v: float(v) if type(v) is int else v
        inner = None
        if t.endswith("[]"):
            inner = t[:-2]
        elif t.startswith("List<") and t.endswith(">"):
            inner = t[5:-1]
        if inner is not None:
            element = converter(inner, module)
            if element is None:
                return None
            return lambda v: None if v is None else [element(x) for x in v]
        return None

    def annotation_type(annotation):
        text = annotation if isinstance(annotation, str) else repr(annotation)
        for name in ("ListNode", "TreeNode"):
            if name in text and "List[" + name not in text:
                return name
        return ""

    def convert_all(converters, values):
        return [v if c is None else c(v) for c, v in zip(converters, values)]

    # ---- the solution --------------------------------------------------------------------------------------

    prelude = (
        "from typing import *\n"
        "from collections import *\n"
        "from heapq import *\n"
        "from bisect import *\n"
        "from math import *\n"
        "from itertools import *\n"
        "from functools import *\n"
        "from string import *\n"
        "import array, bisect, collections, copy, functools, heapq, itertools, math, operator, random, re, "
        "statistics, string, sys, typing\n"
    )

    def load(path, rules):
        """The solution's module namespace, or raises what its top level raised."""
        if os.path.isdir(path):
            path = os.path.join(path, "solution.py")
        with open(path, "rb") as f:
            source = f.read()
        code = compile(source, path_name, "exec", dont_inherit=True)
        module = types.ModuleType("solution")
        namespace = module.__dict__
        exec(compile(prelude, "<prelude>", "exec"), namespace)
        if rules:
            forbid(rules, namespace)
        namespace["ListNode"] = ListNode
        namespace["TreeNode"] = TreeNode
        if api_name == "VersionControl":
            namespace["isBadVersion"] = is_bad_version
        namespace["__file__"] = path_name
        sys.modules["solution"] = module
        exec(code, namespace)
        return namespace

    # ---- the APIs a package forbids ------------------------------------------------------------------------
    # check.py refuses what it can see in the source; this refuses what it cannot (a module name built at run
    # time, importlib, sys.modules), before the solution's first line runs. It is a learning rule, not a
    # security boundary: code in the same process can undo it (the OS sandbox is the boundary).

    class ForbiddenApiError(ImportError):
        """What using a forbidden API raises: an ImportError, so that an import with a fallback still works."""

    ForbiddenApiError.__module__ = "judge"
    ForbiddenApiError.__qualname__ = ForbiddenApiError.__name__

    def read_rules():
        """The package's forbidden Python APIs (forbidden.json beside the solution), [] when it forbids none."""
        try:
            with open(os.path.join(os.path.dirname(path_name), "forbidden.json"), "rb") as f:
                rules = loads(f.read().decode("utf-8"))
        except FileNotFoundError:
            return []
        if not isinstance(rules, list) or not all(isinstance(r, dict) and type(r.get("module")) is str
                                                  for r in rules):
            raise ValueError("expected a list of {\"module\", \"name\", \"reason\"} objects")
        return rules

    def forbidden_message(what, reason):
        return "%s is forbidden in this problem: %s" % (what, reason)

    def forbid(rules, namespace):
        """Forbidden modules cannot be imported (a finder first on sys.meta_path refuses them and their
        submodules; loaded ones leave sys.modules and the solution's namespace), and a forbidden name is
        replaced, wherever a loaded module or the namespace holds it, by a function that raises."""
        modules = {}
        for rule in rules:
            reason = str(rule.get("reason", ""))
            if rule.get("format"):
                forbid_struct_format(str(rule["format"]), reason)
                modules["_struct"] = reason  # its C half would take any format
            elif rule.get("name"):
                forbid_name(rule["module"], str(rule["name"]), reason, namespace)
            else:
                modules[rule["module"]] = reason
                if "." not in rule["module"] and not rule["module"].startswith("_"):
                    modules["_" + rule["module"]] = reason  # struct's C half, _struct
        if not modules:
            return

        def reason_for(name):
            for module, reason in modules.items():
                if name == module or name.startswith(module + "."):
                    return reason
            return None

        class ForbiddenModules:
            @staticmethod
            def find_spec(fullname, path=None, target=None):
                reason = reason_for(fullname)
                if reason is not None:
                    raise ForbiddenApiError(forbidden_message(fullname, reason), name=fullname)
                return None

        sys.meta_path.insert(0, ForbiddenModules)
        for name in [n for n in list(sys.modules) if reason_for(n) is not None]:
            del sys.modules[name]
        for key, value in list(namespace.items()):
            owner = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
            reason = reason_for(owner) if type(owner) is str else None
            if reason is not None:
                is_module = isinstance(value, types.ModuleType)
                namespace[key] = forbidden_stub(owner if is_module else owner + "." + key, reason, is_module)

    def forbid_struct_format(codes, reason):
        """struct's functions and its Struct class refuse a format with one of ``codes`` (``e``: half
        precision); every other format works as before."""
        import struct

        def check_format(fmt):
            text = fmt.decode("latin-1") if isinstance(fmt, (bytes, bytearray)) else fmt
            if isinstance(text, str) and any(c in text for c in codes):
                raise ForbiddenApiError(forbidden_message("the struct format %r" % (text,), reason))

        def guarded(original):
            def function(*args, **kwargs):
                check_format(args[0] if args else kwargs.get("format"))
                return original(*args, **kwargs)

            function.__name__ = function.__qualname__ = original.__name__
            function.__module__ = "struct"
            function.__doc__ = original.__doc__
            return function

        original_struct = struct.Struct

        class Struct(original_struct):
            __doc__ = original_struct.__doc__

            def __new__(cls, *args, **kwargs):
                check_format(args[0] if args else kwargs.get("format"))
                return original_struct.__new__(cls, *args, **kwargs)

        Struct.__module__ = "struct"
        # By identity (id of an object every module's dict keeps alive): a module's value may define __eq__.
        replacements = {id(original_struct): (original_struct, Struct)}
        for name in ("pack", "unpack", "pack_into", "unpack_from", "iter_unpack", "calcsize"):
            original = getattr(struct, name, None)
            if original is not None:
                replacements[id(original)] = (original, guarded(original))
        for holder in [getattr(m, "__dict__", None) for m in list(sys.modules.values())]:
            if isinstance(holder, dict):
                for key, value in list(holder.items()):
                    found = replacements.get(id(value))
                    if found is not None and found[0] is value:
                        holder[key] = found[1]

    def forbid_name(module_name, name, reason, namespace):
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except Exception:
            return  # not available here (numpy): nothing to replace, and nothing to use
        missing = object()
        original = getattr(module, name, missing)
        if original is missing:
            return
        stub = forbidden_stub(module_name + "." + name, reason)
        holders = [namespace] + [getattr(m, "__dict__", None) for m in list(sys.modules.values())]
        for holder in holders:
            if isinstance(holder, dict):
                for key, value in list(holder.items()):
                    if value is original:
                        holder[key] = stub
        try:
            setattr(module, name, stub)
        except (AttributeError, TypeError):
            pass

    def forbidden_stub(qualified, reason, is_module=False):
        """A stand-in that raises ForbiddenApiError when called (a name) or when any attribute is read (a
        module the prelude had imported, such as statistics)."""
        message = forbidden_message(qualified, reason)
        if is_module:
            stub = types.ModuleType(qualified)

            def refuse_attribute(attribute):
                raise ForbiddenApiError(message, name=qualified)

            stub.__getattr__ = refuse_attribute
            return stub

        def forbidden(*args, **kwargs):
            raise ForbiddenApiError(message)

        forbidden.__name__ = forbidden.__qualname__ = qualified.rsplit(".", 1)[-1]
        forbidden.__module__ = qualified.rsplit(".", 1)[0] if "." in qualified else qualified
        return forbidden

    # ---- answers -------------------------------------------------------------------------------------------

    class Capture(io.TextIOBase):
        """What print writes: kept up to ``keep`` bytes per call, counted in full against the run's limit."""

        def __init__(self):
            self.kept = []
            self.kept_size = 0
            self.truncated = False

        def writable(self):
            return True

        def write(self, s):
            if not isinstance(s, str):
                raise TypeError("write() argument must be str, not %s" % type(s).__name__)
            data = s.encode("utf-8", "replace")
            state["printed"] += len(data)
            room = keep - self.kept_size
            if room > 0:
                self.kept.append(data[:room])
                self.kept_size += min(room, len(data))
            if len(data) > room:
                self.truncated = True
            if state["printed"] > limit:
                output_limit()
            return len(s)

        def flush(self):
            pass

        def take(self):
            text = b"".join(self.kept).decode("utf-8", "replace")
            if self.truncated:
                text += "\n... (output cut at %d bytes)" % keep
            self.kept = []
            self.kept_size = 0
            self.truncated = False
            return text

    def send(answer):
        try:
            data = frame_bytes(answer)
            while data:
                data = data[write(real_out, data):]
        except OSError:
            exit_now(1)  # the judge has gone, or the solution closed the channel

    def output_limit():
        send(["output-limit"])
        exit_now(0)

    def exception_name(e):
        t = type(e)
        return t.__qualname__ if t.__module__ == "builtins" else t.__module__ + "." + t.__qualname__

    def send_exception(nanos, e):
        real_limit = True
        try:
            answer = exception_answer(nanos, e)
        except MemoryError as again:
            answer = None
            try:
                real_limit = allocation_failed(again)
            except MemoryError:
                pass
        if answer is None:
            # Out of memory again while describing it: the plainest answer that still says what happened.
            e = None
            answer = ["exception", nanos, "MemoryError", "", [], capture.take(), real_limit]
        send(answer)

    raise_opcodes = frozenset(opcode.opmap[name] for name in ("RAISE_VARARGS", "RERAISE") if name in opcode.opmap)

    def allocation_failed(e):
        """Whether ``e`` is a MemoryError that an operation raised because memory could not be had (past the
        ``RLIMIT_DATA`` cap, which is the problem's limit, or past what the machine has), rather than one the
        solution's code raised itself with a ``raise`` statement. Either the exception itself or one it was
        raised from (``except MemoryError: raise MemoryError("...")``) counts. Python has no privacy inside one
        process, so this tells an honest solution's own ``raise MemoryError()`` from the real limit; a hostile
        one can forge any answer anyway, which is why Python runs only under the OS sandbox."""
        seen = 0
        while e is not None and seen < 20:
            if type(e) is MemoryError:
                tb = e.__traceback__
                if tb is None:
                    return True  # raised by C code before any Python frame saw it (the runner's own calls)
                while tb.tb_next is not None:
                    tb = tb.tb_next
                code = tb.tb_frame.f_code.co_code
                lasti = tb.tb_lasti
                if not (0 <= lasti < len(code) and code[lasti] in raise_opcodes):
                    return True
            e = e.__cause__ or e.__context__
            seen += 1
        return False

    def exception_answer(nanos, e):
        real_limit = allocation_failed(e)
        frames = []
        try:
            tb_frames = [(f.f_code, line) for f, line in walk_tb(e.__traceback__)
                         if f.f_code.co_filename == path_name]
            for code, line in reversed(tb_frames[-max_frames:]):
                frames.append([basename(path_name), getattr(code, "co_qualname", code.co_name),
                               line or 0])
            del tb_frames
        except MemoryError:
            raise
        except BaseException:
            frames = []
        e.__traceback__ = None
        try:
            message = str(e)
        except MemoryError:
            raise
        except BaseException:
            message = "(the exception's message cannot be read)"
        if type(message) is not str:
            message = "(the exception's message cannot be read)"
        if len(message) > max_message_chars:
            message = message[:max_message_chars] + "..."
        return ["exception", nanos, exception_name(e), message, frames, capture.take(), real_limit]

    def returned_text(value, nanos):
        """The value's text, or None after an answer that says why it has none."""
        try:
            return format_value(value, limit)
        except TooLong:
            output_limit()
        except Unwritable as e:
            send(["exception", nanos, "ValueError", "the returned value cannot be written out: " + str(e), [],
                  capture.take()])
        except RecursionError:
            send(["exception", nanos, "ValueError", "the returned value cannot be written out: it is nested too"
                  " deeply", [], capture.take()])
        except BaseException as e:
            if isinstance(e, SystemExit):
                exit_now(1)
            send_exception(nanos, e)
        return None

    # ---- serving -------------------------------------------------------------------------------------------

    config = parse(read_request() or "null")
    if not isinstance(config, list) or len(config) < 7:
        write(real_out, b"bad configuration\n")
        exit_now(2)
    header_prefix = ("\x01J" + config[0] + " ").encode("ascii")
    trailer = ("\x01E" + config[0] + "\n").encode("ascii")
    config[0] = None
    class_name, method_name, keep, limit, source_path, design = config[1:7]
    types_given = config[7] if len(config) > 7 and isinstance(config[7], list) else None
    memory_mb = config[9] if len(config) > 9 and type(config[9]) is int else 0
    # An in-place problem's answer is this argument after the call (-1: the returned value is the answer).
    answer_index = config[10] if len(config) > 10 and type(config[10]) is int else -1
    # A judge-provided API: its name and the indices of the arguments that are its hidden state.
    api_name, api_state_indices = config[11] if len(config) > 11 and isinstance(config[11], list) else ("", [])
    api_state_indices = set(api_state_indices)
    # A list whose tail links back to the node at index argument ``pos``: [list, pos, returnsNode] or [].
    cycle = config[12] if len(config) > 12 and isinstance(config[12], list) and len(config[12]) == 3 else None
    hidden_indices = api_state_indices | ({cycle[1]} if cycle else set())
    # Arguments that are values of nodes of the tree argument: [tree, returnsNode, ref...] or [].
    node_refs = config[13] if len(config) > 13 and isinstance(config[13], list) and len(config[13]) > 2 else None
    # A codec judged by its round trip: the decoder's name, or "".
    codec_decode = config[14] if len(config) > 14 and isinstance(config[14], str) else ""
    max_encoded_chars = 1 << 22
    api_state = {"bad": 1, "calls": 0}

    def is_bad_version(version):
        """LeetCode's First Bad Version API: every version from the test's first bad one on is bad."""
        api_state["calls"] += 1
        return version >= api_state["bad"]
    path_name = os.path.abspath(source_path)
    if os.path.isdir(path_name):
        path_name = os.path.join(path_name, "solution.py")
    state = {"printed": 0}
    capture = Capture()
    sys.stdout = capture
    sys.stderr = capture
    sys.stdin = io.StringIO("")
    sys.__stdout__ = sys.__stderr__ = capture
    sys.__stdin__ = sys.stdin

    def call_plain(target, converters, returns_node, arguments):
        answer = -1
        nodes = None
        call_values = arguments
        try:
            pos = arguments[cycle[1]] if cycle else -1
            list_at = cycle[0] - sum(1 for i in hidden_indices if i < cycle[0]) if cycle else -1
            if hidden_indices or answer_index >= 0:
                state = [v for i, v in enumerate(arguments) if i in api_state_indices]
                method_arguments = [v for i, v in enumerate(arguments) if i not in hidden_indices]
                if answer_index >= 0:
                    answer = answer_index - sum(1 for i in hidden_indices if i < answer_index)
                if api_name == "VersionControl":
                    api_state["bad"] = state[0]
                    api_state["calls"] = 0
                arguments = method_arguments
            if node_refs:
                # No argument is hidden in a problem with node references: indices are the method's.
                arguments = [[] if i in node_refs[2:] else v for i, v in enumerate(arguments)]
                ref_values = {i: v for i, v in enumerate(call_values) if i in node_refs[2:]}
            args = convert_all(converters, arguments)
            tree_before = None
            if node_refs:
                tree_before, by_value = tree_nodes(args[node_refs[0]])
                for i, v in ref_values.items():
                    args[i] = by_value[v]
            if cycle:
                nodes = []
                node = args[list_at]
                while node is not None:
                    nodes.append(node)
                    node = node.next
                if 0 <= pos < len(nodes):
                    nodes[-1].next = nodes[pos]
                # What every node held before the call: the list must be left exactly as it was given.
                before = [(n.val, n.next) for n in nodes]
        except BaseException as e:
            send(["error", "bad request: %r" % (e,)])
            exit_now(0)
        start = clock()
        try:
            returned = getattr(target(), method_name)(*args)
        except SystemExit:
            exit_now(1)
        except BaseException as e:
            nanos = clock() - start
            del args
            send_exception(nanos, e)
            return
        nanos = clock() - start
        calls = api_state["calls"]
        if answer >= 0:
            # In place: the answer is the argument after the call, whatever the method returned.
            returned = args[answer]
        del args
        text = None
        try:
            text = cycle_answer(nodes, before, returned) if nodes is not None else None
        except BaseException:
            text = format_string("the solution changed the list: it cannot be read after the call")
        if tree_before is not None and node_refs[1] == 1:
            text = node_answer(tree_before, returned)
        # Writing the value out is timed too: it may run the solution's code (a node's properties) and be long.
        if text is None:
            text = "[]" if returned is None and returns_node and answer < 0 else returned_text(returned, nanos)
        nanos = clock() - start
        if text is not None:
            send(["ok", nanos, text, capture.take()] + ([calls] if api_name else []))

    def tree_nodes(root):
        """Every node of the tree by identity with the value it has now, and the nodes by value."""
        before = {}
        by_value = {}
        todo = [root] if root is not None else []
        while todo:
            node = todo.pop()
            before[id(node)] = (node, node.val)
            by_value[node.val] = node
            todo.extend(c for c in (node.left, node.right) if c is not None)
        return before, by_value

    def node_answer(before, returned):
        """The value the returned node had when the tree was given, by identity; a sentence for another node."""
        if returned is None:
            return "null"
        kept = before.get(id(returned))
        if kept is not None and kept[0] is returned:
            return str(kept[1])
        try:
            seen = " with val %d" % returned.val if type(returned.val) is int else ""
        except BaseException:
            seen = ""
        return format_string("a node that is not in the given tree (a new node%s; return the tree's own node)"
                             % seen)

    def call_codec(target, converters, arguments):
        """LeetCode's round trip: ``Codec().deserialize(Codec().serialize(value))`` on two instances; the
        answer is the decoded value, or a sentence when the encoding is too long or the decoder returns nodes
        that were given to the encoder."""
        try:
            args = convert_all(converters, arguments)
            given = set()
            todo = [args[0]]
            while todo:
                node = todo.pop()
                if node is not None and id(node) not in given:
                    given.add(id(node))
                    todo.extend(getattr(node, f, None) for f in ("left", "right", "next"))
        except BaseException as e:
            send(["error", "bad request: %r" % (e,)])
            exit_now(0)
        start = clock()
        problem = None
        try:
            encoded = getattr(target(), method_name)(*args)
            if type(encoded) is str and len(encoded) > max_encoded_chars:
                problem = "%s returned %d characters, more than the %d allowed" % (
                    method_name, len(encoded), max_encoded_chars)
                returned = None
            else:
                returned = getattr(target(), codec_decode)(encoded)
            del encoded
        except SystemExit:
            exit_now(1)
        except BaseException as e:
            nanos = clock() - start
            del args
            send_exception(nanos, e)
            return
        if problem is None and returned is not None:
            try:
                todo = [returned]
                seen = set()
                while todo and len(seen) < 2_000_000:
                    node = todo.pop()
                    if node is None or id(node) in seen:
                        continue
                    seen.add(id(node))
                    if id(node) in given:
                        problem = "%s returned nodes of the value given to %s, not new ones built from the string" \
                            % (codec_decode, method_name)
                        break
                    todo.extend(getattr(node, f, None) for f in ("left", "right", "next"))
            except BaseException:
                problem = None  # what cannot be walked is written out (or refused) below
        del args
        nanos = clock() - start
        text = format_string(problem) if problem is not None else \
            "[]" if returned is None else returned_text(returned, nanos)
        nanos = clock() - start
        if text is not None:
            send(["ok", nanos, text, capture.take()])

    def cycle_answer(nodes, before, returned):
        """A list with a cycle after the call: a sentence if the solution changed it, else the returned node's
        index by identity (-1 for None) when the method returns a node, else None (the returned value answers)."""
        for i, n in enumerate(nodes):
            # Compared by identity and as exact ints: a solution's own node class may define __eq__.
            val_changed = type(n.val) is not int or n.val != before[i][0]
            if val_changed or n.next is not before[i][1]:
                return format_string("the solution changed the list: node %d's %s is not what it was"
                                     % (i, "val" if val_changed else "next"))
        if cycle[2] != 1:
            return None
        if returned is None:
            return "-1"
        return next((str(i) for i, n in enumerate(nodes) if n is returned),
                    format_string("a node that is not in the given list"))

    def call_design(target, members, call):
        operations, argument_lists = call
        nanos = 0
        results = []
        instance = None
        for i, (name, values) in enumerate(zip(operations, argument_lists)):
            try:
                args = convert_all(members.get(class_name if i == 0 else name, ()), values)
                method = None if i == 0 else getattr(instance, name)
            except AttributeError as e:
                send_exception(nanos, e)
                return
            except BaseException as e:
                send(["error", "bad request: %r" % (e,)])
                exit_now(0)
            start = clock()
            try:
                returned = target(*args) if i == 0 else method(*args)
            except SystemExit:
                exit_now(1)
            except BaseException as e:
                send_exception(nanos + clock() - start, e)
                return
            if i == 0:
                instance = returned
                results.append(None)
            else:
                results.append(None)
                # Written out as soon as it returns, as LeetCode records it (a later call may change it), and
                # timed with the call.
                text = returned_text(returned, nanos + clock() - start)
                if text is None:
                    return
                results[-1] = text
            nanos += clock() - start
        send(["ok", nanos, "[" + ",".join("null" if r is None else r for r in results) + "]", capture.take()])

    def cap_memory():
        """Past the problem's memory, allocations fail with MemoryError (the judge's Memory Limit Exceeded)
        rather than growing until the OS or the cgroup kills the child; the cap counts the private memory
        the interpreter and this thread's stack already hold."""
        if memory_mb <= 0:
            return
        try:
            import resource
            with open("/proc/self/status") as status:
                data_kb = next(int(line.split()[1]) for line in status if line.startswith("VmData:"))
            cap = (data_kb << 10) + (memory_mb << 20)
            hard = resource.getrlimit(resource.RLIMIT_DATA)[1]
            if hard != resource.RLIM_INFINITY:
                cap = min(cap, hard)
            resource.setrlimit(resource.RLIMIT_DATA, (cap, hard))
        except (OSError, ValueError, StopIteration, ImportError):
            pass  # no /proc or no rlimit here: the sandbox's cgroup is the only bound

    try:
        import ctypes
        malloc_trim = ctypes.CDLL(None).malloc_trim
    except (ImportError, OSError, AttributeError):
        malloc_trim = None  # not glibc: freed blocks stay with the allocator, the collector still runs
    held = [0]
    try:
        PAGE = os.sysconf("SC_PAGESIZE")
    except (ValueError, OSError, AttributeError):
        PAGE = 4096

    def data_bytes():
        """The private memory the process holds now (VmData, as RLIMIT_DATA counts it), 0 where /proc is absent."""
        try:
            with open("/proc/self/statm", "rb") as statm:
                return int(statm.read().split()[5]) * PAGE
        except (OSError, ValueError, IndexError):
            return 0

    def release_memory():
        """After a call that left 64 MB more held than before, gives back what is garbage: a memo cache in a
        reference cycle (an ``@cache`` closure) waits for the cyclic collector, and glibc keeps freed blocks. So
        one test's memory does not count against the next ones in this long-lived child, as each test on
        LeetCode runs against the limit on its own. Checked after every call (one read of /proc), collected
        only past the threshold, which then moves to what is held after collecting."""
        now = data_bytes()
        if now - held[0] < (64 << 20):
            return
        gc.collect()
        if malloc_trim is not None:
            malloc_trim(0)
        held[0] = max(held[0], data_bytes())

    def serve():
        cap_memory()
        held[0] = data_bytes()
        namespace = None
        target = None
        loaded_error = None
        plain = None
        members = None
        while True:
            try:
                request = read_request()
                if request is None:
                    return
                calls = parse(request)
            except BaseException as e:
                send(["error", "bad request: %s" % (e,)])
                return
            if namespace is None and loaded_error is None:
                try:
                    rules = read_rules()
                except Exception as e:
                    send(["error", "cannot read the package's forbidden APIs (forbidden.json): %s" % (e,)])
                    return
                try:
                    namespace = load(source_path, rules)
                except SystemExit:
                    exit_now(1)
                except BaseException as e:
                    loaded_error = e
                if namespace is not None:
                    target = namespace.get(class_name)
                    if not isinstance(target, type):
                        send(["error", "cannot load %s: the solution has no class %s" % (class_name, class_name)])
                        return
                    if design:
                        members = {}
                        for member in design:
                            if member[0] != class_name and not callable(getattr(target, member[0], None)):
                                send(["error", "cannot load %s.%s: no such method" % (class_name, member[0])])
                                return
                            members[member[0]] = [converter(t, namespace) for t in member[1:]]
                    else:
                        function = getattr(target, method_name, None)
                        if not callable(function):
                            send(["error", "cannot load %s.%s: no such method" % (class_name, method_name)])
                            return
                        if codec_decode and not callable(getattr(target, codec_decode, None)):
                            send(["error", "cannot load %s.%s: no such method" % (class_name, codec_decode)])
                            return
                        if types_given:
                            spelled = types_given
                        else:
                            annotations = getattr(function, "__annotations__", {}) or {}
                            names = function.__code__.co_varnames[1:function.__code__.co_argcount] \
                                if hasattr(function, "__code__") else ()
                            spelled = [annotation_type(annotations.get(n, "")) for n in names]
                            spelled.append(annotation_type(annotations.get("return", "")))
                        plain = ([converter(t, namespace) for t in spelled[:-1]],
                                 spelled[-1] in ("ListNode", "TreeNode") if spelled else False)
            for call in calls:
                if loaded_error is not None:
                    send_exception(0, loaded_error)
                    loaded_error.__traceback__ = None
                elif design:
                    call_design(target, members, call)
                elif codec_decode:
                    call_codec(target, plain[0], call)
                else:
                    call_plain(target, plain[0], plain[1], call)
                release_memory()

    sys.setrecursionlimit(100_000)
    threading.stack_size(128 << 20)
    worker = threading.Thread(target=serve, name="main")
    worker.start()
    worker.join()
    # Threads the solution left behind must not keep the child alive: the judge has its answers.
    exit_now(0)


if __name__ == "__main__":
    _main = _serve
    del _serve
    _main()
