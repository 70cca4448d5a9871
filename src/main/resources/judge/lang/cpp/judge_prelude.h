// The judge's prelude for C++17 solutions: what LeetCode has in scope before the solution's first line
// (the whole standard library, `using namespace std;`, ListNode and TreeNode as LeetCode declares them), and
// the runtime of the generated driver (docs/protocol.md in C++). It comes before the solution's code, so no
// macro of the solution's can change it; only the short generated driver after the solution sees them.
//
// The solution's process is the solution's: it can read the nonce from memory and write frames itself. What
// bounds it is the OS sandbox and the judge's own clocks, as for Python (docs/cpp.md).
#pragma once
#include <bits/stdc++.h>
#include <cxxabi.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace std;

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

// ---- the APIs a problem may provide (judge.problem.Api.KNOWN), compiled in when the generated unit asks ----
#ifdef JUDGE_API_VERSION_CONTROL
// 278. First Bad Version: "The API isBadVersion is defined for you." The driver sets the test's hidden state
// (bad) before each call and reads the count after it.
namespace judge_api {
inline long long bad = 1;
inline long long calls = 0;
}  // namespace judge_api
inline bool isBadVersion(int version) {
    judge_api::calls++;
    return version >= judge_api::bad;
}
#endif

namespace judge_rt {

// ---- values: LeetCode's format (judge.value.ValueFormat) -------------------------------------------------

struct J {
    enum Kind { NUL, BOOL, INT, DBL, STR, ARR } kind = NUL;
    bool b = false;
    long long i = 0;
    double d = 0;
    std::string s;
    std::vector<J> a;
};

struct BadRequest : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Parser {
    const char *p;
    const char *end;

    [[noreturn]] void fail(const char *what) { throw BadRequest(what); }
    void ws() {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
    }
    bool lit(const char *w) {
        size_t n = std::strlen(w);
        if ((size_t)(end - p) >= n && std::memcmp(p, w, n) == 0) { p += n; return true; }
        return false;
    }
    static void utf8(std::string &out, unsigned cp) {
        if (cp < 0x80) out += (char)cp;
        else if (cp < 0x800) { out += (char)(0xC0 | (cp >> 6)); out += (char)(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) {
            out += (char)(0xE0 | (cp >> 12)); out += (char)(0x80 | ((cp >> 6) & 0x3F)); out += (char)(0x80 | (cp & 0x3F));
        } else {
            out += (char)(0xF0 | (cp >> 18)); out += (char)(0x80 | ((cp >> 12) & 0x3F));
            out += (char)(0x80 | ((cp >> 6) & 0x3F)); out += (char)(0x80 | (cp & 0x3F));
        }
    }
    unsigned hex4() {
        if (end - p < 4) fail("bad \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; k++) {
            char c = *p++;
            v <<= 4;
            if (c >= '0' && c <= '9') v |= c - '0';
            else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
            else fail("bad \\u escape");
        }
        return v;
    }
    void value(J &out, int depth) {
        if (depth > 1000) fail("nested too deeply");
        ws();
        if (p >= end) fail("unexpected end");
        char c = *p;
        if (c == '[') {
            ++p;
            out.kind = J::ARR;
            ws();
            if (p < end && *p == ']') { ++p; return; }
            for (;;) {
                out.a.emplace_back();
                value(out.a.back(), depth + 1);
                ws();
                if (p < end && *p == ',') { ++p; continue; }
                if (p < end && *p == ']') { ++p; return; }
                fail("expected , or ]");
            }
        } else if (c == '"') {
            ++p;
            out.kind = J::STR;
            for (;;) {
                if (p >= end) fail("unterminated string");
                char ch = *p++;
                if (ch == '"') return;
                if (ch != '\\') { out.s += ch; continue; }
                if (p >= end) fail("unterminated string");
                char e = *p++;
                switch (e) {
                    case '"': out.s += '"'; break;
                    case '\\': out.s += '\\'; break;
                    case '/': out.s += '/'; break;
                    case 'b': out.s += '\b'; break;
                    case 'f': out.s += '\f'; break;
                    case 'n': out.s += '\n'; break;
                    case 'r': out.s += '\r'; break;
                    case 't': out.s += '\t'; break;
                    case 'u': {
                        unsigned cp = hex4();
                        if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                            const char *save = p;
                            p += 2;
                            unsigned lo = hex4();
                            if (lo >= 0xDC00 && lo < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            else p = save;
                        }
                        utf8(out.s, cp);
                        break;
                    }
                    default: fail("bad escape");
                }
            }
        } else if (lit("null")) {
            out.kind = J::NUL;
        } else if (lit("true")) {
            out.kind = J::BOOL; out.b = true;
        } else if (lit("false")) {
            out.kind = J::BOOL; out.b = false;
        } else if (lit("NaN")) {
            out.kind = J::DBL; out.d = std::numeric_limits<double>::quiet_NaN();
        } else if (lit("Infinity")) {
            out.kind = J::DBL; out.d = std::numeric_limits<double>::infinity();
        } else if (lit("-Infinity")) {
            out.kind = J::DBL; out.d = -std::numeric_limits<double>::infinity();
        } else {
            const char *start = p;
            bool real = false;
            if (p < end && (*p == '-' || *p == '+')) ++p;
            while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '-' || *p == '+')) {
                if (*p == '.' || *p == 'e' || *p == 'E') real = true;
                ++p;
            }
            if (p == start) fail("unexpected character");
            std::string text(start, p);
            if (!real) {
                errno = 0;
                char *stop;
                long long v = std::strtoll(text.c_str(), &stop, 10);
                if (errno == 0 && *stop == 0) { out.kind = J::INT; out.i = v; return; }
            }
            char *stop;
            out.kind = J::DBL;
            out.d = std::strtod(text.c_str(), &stop);
            if (*stop != 0) fail("bad number");
        }
    }
};

inline J parse(const std::string &text) {
    Parser parser{text.data(), text.data() + text.size()};
    J v;
    parser.value(v, 0);
    parser.ws();
    if (parser.p != parser.end) throw BadRequest("trailing characters");
    return v;
}

// Arguments: from a parsed value to what the solution's parameter is.
template <class T> struct From;
template <> struct From<int> {
    static int get(const J &v) {
        if (v.kind != J::INT) throw BadRequest("expected an integer");
        return (int)v.i;
    }
};
template <> struct From<long long> {
    static long long get(const J &v) {
        if (v.kind != J::INT) throw BadRequest("expected an integer");
        return v.i;
    }
};
template <> struct From<double> {
    static double get(const J &v) {
        if (v.kind == J::INT) return (double)v.i;
        if (v.kind != J::DBL) throw BadRequest("expected a number");
        return v.d;
    }
};
template <> struct From<float> {
    static float get(const J &v) { return (float)From<double>::get(v); }
};
template <> struct From<bool> {
    static bool get(const J &v) {
        if (v.kind != J::BOOL) throw BadRequest("expected a boolean");
        return v.b;
    }
};
template <> struct From<char> {
    static char get(const J &v) {
        if (v.kind != J::STR || v.s.empty()) throw BadRequest("expected a character");
        return v.s[0];
    }
};
template <> struct From<std::string> {
    static std::string get(const J &v) {
        if (v.kind != J::STR) throw BadRequest("expected a string");
        return v.s;
    }
};
template <class T> struct From<std::vector<T>> {
    static std::vector<T> get(const J &v) {
        if (v.kind != J::ARR) throw BadRequest("expected an array");
        std::vector<T> out;
        out.reserve(v.a.size());
        for (const J &x : v.a) out.push_back(From<T>::get(x));
        return out;
    }
};
template <> struct From<ListNode *> {
    static ListNode *get(const J &v) {
        if (v.kind != J::ARR) throw BadRequest("expected a list");
        ListNode *head = nullptr;
        for (size_t k = v.a.size(); k-- > 0;) head = new ListNode(From<int>::get(v.a[k]), head);
        return head;
    }
};
template <> struct From<TreeNode *> {
    static TreeNode *get(const J &v) {
        if (v.kind != J::ARR) throw BadRequest("expected a tree");
        if (v.a.empty() || v.a[0].kind == J::NUL) return nullptr;
        TreeNode *root = new TreeNode(From<int>::get(v.a[0]));
        std::vector<TreeNode *> parents{root};
        size_t head = 0, k = 1;
        while (k < v.a.size() && head < parents.size()) {
            TreeNode *parent = parents[head++];
            for (int side = 0; side < 2 && k < v.a.size(); side++, k++) {
                if (v.a[k].kind == J::NUL) continue;
                TreeNode *child = new TreeNode(From<int>::get(v.a[k]));
                (side == 0 ? parent->left : parent->right) = child;
                parents.push_back(child);
            }
        }
        return root;
    }
};

// Answers: what the solution returned, in LeetCode's format. Past `limit` characters it is TooLong.
struct TooLong {};
struct Unwritable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Out {
    std::string text;
    size_t limit;
    void add(const char *s, size_t n) {
        text.append(s, n);
        if (text.size() > limit) throw TooLong();
    }
    void add(const std::string &s) { add(s.data(), s.size()); }
};

inline void put_string(Out &out, const std::string &s) {
    std::string t;
    t.reserve(s.size() + 2);
    t += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': t += "\\\""; break;
            case '\\': t += "\\\\"; break;
            case '\n': t += "\\n"; break;
            case '\r': t += "\\r"; break;
            case '\t': t += "\\t"; break;
            case '\b': t += "\\b"; break;
            case '\f': t += "\\f"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    t += buf;
                } else {
                    t += (char)c;
                }
        }
    }
    t += '"';
    out.add(t);
}

// judge.value.ValueFormat's doubles: a whole number below 10^15 with one decimal ("1500000000.0"), else Java's
// Double.toString: the shortest digits that read back as d, plain from 10^-3 up to 10^7, else d.dddE[-]n.
inline std::string java_double(double d) {
    if (d != d) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
    char buf[64];
    if (d == std::floor(d) && std::fabs(d) < 1e15) {
        std::snprintf(buf, sizeof buf, "%.1f", d);
        return buf;
    }
    auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    size_t e = sci.find('e');
    std::string mant = sci.substr(0, e);
    int exponent = std::atoi(sci.c_str() + e + 1);
    std::string digits;
    for (char c : mant) if (c != '.') digits += c;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    std::string sign = d < 0 ? "-" : "";
    double a = std::fabs(d);
    int point = exponent + 1;  // d is 0.<digits> times 10^point
    if (a >= 1e-3 && a < 1e7) {
        if (point <= 0) return sign + "0." + std::string(-point, '0') + digits;
        if (point >= (int)digits.size()) return sign + digits + std::string(point - digits.size(), '0') + ".0";
        return sign + digits.substr(0, point) + "." + digits.substr(point);
    }
    return sign + digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : "0") + "E" + std::to_string(exponent);
}

inline void put(Out &out, int v) { out.add(std::to_string(v)); }
inline void put(Out &out, long long v) { out.add(std::to_string(v)); }
inline void put(Out &out, long v) { out.add(std::to_string(v)); }
inline void put(Out &out, unsigned v) { out.add(std::to_string(v)); }
inline void put(Out &out, unsigned long v) { out.add(std::to_string(v)); }
inline void put(Out &out, unsigned long long v) { out.add(std::to_string(v)); }
inline void put(Out &out, short v) { out.add(std::to_string(v)); }
inline void put(Out &out, double v) { out.add(java_double(v)); }
inline void put(Out &out, float v) { out.add(java_double((double)v)); }
inline void put(Out &out, bool v) { out.add(v ? "true" : "false"); }
inline void put(Out &out, char v) { put_string(out, std::string(1, v)); }
inline void put(Out &out, const std::string &v) { put_string(out, v); }
inline void put(Out &out, const char *v) { put_string(out, v == nullptr ? std::string() : std::string(v)); }

const size_t MAX_NODES = 2000000;

inline void put(Out &out, ListNode *head) {
    out.add("[");
    size_t n = 0;
    for (ListNode *x = head; x != nullptr; x = x->next) {
        if (++n > MAX_NODES) throw Unwritable("the returned list has more than 2000000 nodes: it has a cycle");
        if (n > 1) out.add(",");
        put(out, x->val);
    }
    out.add("]");
}

inline void put(Out &out, TreeNode *root) {
    if (root == nullptr) { out.add("[]"); return; }
    std::vector<TreeNode *> queue{root};
    std::unordered_set<TreeNode *> seen{root};
    std::vector<std::string> items{std::to_string(root->val)};
    for (size_t head = 0; head < queue.size(); head++) {
        TreeNode *n = queue[head];
        for (TreeNode *child : {n->left, n->right}) {
            if (child == nullptr) { items.push_back("null"); continue; }
            if (!seen.insert(child).second || seen.size() > MAX_NODES)
                throw Unwritable("the returned tree is not a tree: a node is reached twice");
            items.push_back(std::to_string(child->val));
            queue.push_back(child);
        }
    }
    while (!items.empty() && items.back() == "null") items.pop_back();
    out.add("[");
    for (size_t k = 0; k < items.size(); k++) {
        if (k) out.add(",");
        out.add(items[k]);
    }
    out.add("]");
}

template <class T> void put(Out &out, const std::vector<T> &v) {
    out.add("[");
    for (size_t k = 0; k < v.size(); k++) {
        if (k) out.add(",");
        put(out, static_cast<const T &>(v[k]));
    }
    out.add("]");
}

// ---- the channel ---------------------------------------------------------------------------------------

struct Channel {
    int in = -1;
    int out = -1;
    std::string header;   // "\x01J<nonce> "
    std::string trailer;  // "\x01E<nonce>\n"
    std::string buffer;
    size_t at = 0;

    bool fill() {
        char chunk[1 << 16];
        ssize_t n;
        do n = ::read(in, chunk, sizeof chunk); while (n < 0 && errno == EINTR);
        if (n <= 0) return false;
        if (at > 0) { buffer.erase(0, at); at = 0; }
        buffer.append(chunk, n);
        return true;
    }
    // One request's payload of `length` bytes (the header already read); false at the end of the stream.
    bool body(size_t length, std::string &payload) {
        while (buffer.size() - at < length)
            if (!fill()) return false;
        payload.assign(buffer, at, length);
        at += length;
        return true;
    }
    // One request frame's payload; false at the end of the stream. A malformed header throws BadRequest.
    bool next(std::string &payload) {
        size_t nl;
        for (;;) {
            nl = buffer.find('\n', at);
            if (nl != std::string::npos) break;
            if (buffer.size() - at > 12) throw BadRequest("malformed frame header");
            if (!fill()) return false;
        }
        std::string digits = buffer.substr(at, nl - at);
        if (digits.empty() || digits.size() > 10 || digits.find_first_not_of("0123456789") != std::string::npos)
            throw BadRequest("malformed frame header");
        size_t length = std::stoull(digits);
        if (length > (256u << 20)) throw BadRequest("frame too large");
        at = nl + 1;
        return body(length, payload);
    }
    void send(const std::string &payload) {
        std::string frame = header + std::to_string(payload.size()) + "\n" + payload + trailer;
        const char *p = frame.data();
        size_t left = frame.size();
        while (left > 0) {
            ssize_t n = ::write(out, p, left);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) ::_exit(1);  // the judge has gone, or the solution closed the channel
            p += n;
            left -= n;
        }
    }
};

inline std::string frame_string(const std::string &s) {
    Out o{std::string(), (size_t)-1};
    put_string(o, s);
    return o.text;
}

// ---- what the solution prints ------------------------------------------------------------------------

struct State {
    Channel channel;
    long long keep = 65536;
    long long limit = 16 << 20;
    long long printed = 0;
    std::string kept;
    bool truncated = false;
    long long memory_mb = 0;
    std::atomic<bool> in_call{false};
    long long call_start = 0;
    // How many times the call used the problem's API (Api.KNOWN), or -1 when the problem has none.
    long long api_calls = -1;
};

inline State &state() {
    static State *s = new State();
    return *s;
}

inline long long cpu_nanos() {
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

[[noreturn]] inline void output_limit() {
    state().channel.send("[\"output-limit\"]");
    ::_exit(0);
}

inline void printed(const char *s, size_t n) {
    State &st = state();
    st.printed += (long long)n;
    long long room = st.keep - (long long)st.kept.size();
    if (room > 0) st.kept.append(s, std::min<size_t>(n, (size_t)room));
    if ((long long)n > room) st.truncated = true;
    if (st.printed > st.limit) output_limit();
}

inline std::string take_printed() {
    State &st = state();
    std::string text;
    text.swap(st.kept);
    if (st.truncated) text += "\n... (output cut at " + std::to_string(st.keep) + " bytes)";
    st.truncated = false;
    return text;
}

// cout, cerr and clog write here; printf and puts through a FILE* that writes here.
struct CaptureBuf : std::streambuf {
    int_type overflow(int_type c) override {
        if (c != traits_type::eof()) {
            char ch = (char)c;
            printed(&ch, 1);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char *s, std::streamsize n) override {
        printed(s, (size_t)n);
        return n;
    }
};

inline ssize_t capture_write(void *, const char *buf, size_t size) {
    printed(buf, size);
    return (ssize_t)size;
}

inline void flush_stdio() {
    std::fflush(stdout);
    std::fflush(stderr);
    std::cout.flush();
}

// ---- answers ------------------------------------------------------------------------------------------

inline std::string demangle(const char *name) {
    int status = 0;
    char *d = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    std::string out = status == 0 && d != nullptr ? d : name;
    std::free(d);
    return out;
}

inline std::string cut(std::string s) {
    if (s.size() > 2000) s = s.substr(0, 2000) + "...";
    return s;
}

inline void send_ok(long long nanos, const std::string &value) {
    flush_stdio();
    std::string printed_text = take_printed();
    std::string calls = state().api_calls >= 0 ? "," + std::to_string(state().api_calls) : "";
    state().api_calls = -1;
    state().channel.send("[\"ok\"," + std::to_string(nanos) + "," + frame_string(value) + "," + frame_string(printed_text)
            + calls + "]");
}

inline void send_exception(long long nanos, const std::string &type, const std::string &message) {
    flush_stdio();
    std::string printed_text = take_printed();
    state().channel.send("[\"exception\"," + std::to_string(nanos) + "," + frame_string(type) + "," + frame_string(cut(message))
            + ",[]," + frame_string(printed_text) + "]");
}

// The exception being handled (inside a catch block): its type and what().
inline void send_current_exception(long long nanos) {
    try {
        throw;
    } catch (const TooLong &) {
        output_limit();
    } catch (const Unwritable &e) {
        send_exception(nanos, "std::invalid_argument", std::string("the returned value cannot be written out: ") + e.what());
    } catch (const std::exception &e) {
        std::string what;
        try { what = e.what(); } catch (...) { what = "(what() threw)"; }
        send_exception(nanos, demangle(typeid(e).name()), what);
    } catch (...) {
        std::type_info *t = abi::__cxa_current_exception_type();
        send_exception(nanos, t != nullptr ? demangle(t->name()) : "unknown", "");
    }
}

template <class T> std::string text_of(const T &value) {
    Out out{std::string(), (size_t)state().limit};
    put(out, value);
    return out.text;
}

// ---- problem shapes the driver builds around the call (the Java and Python runners do the same) ----------

// 142. Linked List Cycle II: the list as given, its tail linked back to node `pos` (none for -1). After the call,
// the list must be as it was given, and a returned node is answered by its index in the list, by identity.
struct CycleList {
    std::vector<ListNode *> nodes;
    std::vector<std::pair<int, ListNode *>> before;
    CycleList(ListNode *head, long long pos) {
        for (ListNode *n = head; n != nullptr; n = n->next) nodes.push_back(n);
        if (pos >= 0 && pos < (long long)nodes.size()) nodes.back()->next = nodes[(size_t)pos];
        for (ListNode *n : nodes) before.emplace_back(n->val, n->next);
    }
    // A sentence (the answer, a wrong one) if the solution changed the list, else "".
    std::string changed() const {
        for (size_t i = 0; i < nodes.size(); i++) {
            bool val = nodes[i]->val != before[i].first;
            if (val || nodes[i]->next != before[i].second)
                return text_of(std::string("the solution changed the list: node ") + std::to_string(i) + "'s "
                        + (val ? "val" : "next") + " is not what it was");
        }
        return "";
    }
    std::string index_of(const ListNode *returned) const {
        if (returned == nullptr) return "-1";
        for (size_t i = 0; i < nodes.size(); i++)
            if (nodes[i] == returned) return std::to_string(i);
        return text_of(std::string("a node that is not in the given list"));
    }
};

// 236. Lowest Common Ancestor: arguments that are nodes of the tree argument, given by their (distinct) values;
// a returned node is answered by the value it had when the tree was given, by identity.
struct NodeTree {
    std::unordered_map<const TreeNode *, int> before;
    std::unordered_map<long long, TreeNode *> by_value;
    explicit NodeTree(TreeNode *root) {
        std::vector<TreeNode *> todo;
        if (root != nullptr) todo.push_back(root);
        while (!todo.empty()) {
            TreeNode *n = todo.back();
            todo.pop_back();
            before[n] = n->val;
            by_value[n->val] = n;
            if (n->left != nullptr) todo.push_back(n->left);
            if (n->right != nullptr) todo.push_back(n->right);
        }
    }
    TreeNode *node(long long value) const {
        auto it = by_value.find(value);
        if (it == by_value.end()) throw BadRequest("no node of the tree has the value " + std::to_string(value));
        return it->second;
    }
    std::string answer(const TreeNode *returned) const {
        if (returned == nullptr) return "null";
        auto it = before.find(returned);
        if (it != before.end()) return std::to_string(it->second);
        return text_of(std::string("a node that is not in the given tree (a new node; return the tree's own node)"));
    }
};

// 297. Serialize and Deserialize: the longest encoding accepted (judge.problem.Codec.MAX_ENCODED_CHARS), and the
// nodes given to the encoder, which the decoder must not return.
const size_t MAX_ENCODED_CHARS = (size_t)1 << 22;
inline std::unordered_set<const void *> nodes_of(const TreeNode *root) {
    std::unordered_set<const void *> seen;
    std::vector<const TreeNode *> todo;
    if (root != nullptr) todo.push_back(root);
    while (!todo.empty()) {
        const TreeNode *n = todo.back();
        todo.pop_back();
        if (!seen.insert(n).second) continue;
        if (n->left != nullptr) todo.push_back(n->left);
        if (n->right != nullptr) todo.push_back(n->right);
    }
    return seen;
}

// Adds the CPU time from its construction to its destruction to `nanos`, even when the call throws.
struct Timer {
    long long &nanos;
    long long start;
    explicit Timer(long long &n) : nanos(n), start(cpu_nanos()) {}
    ~Timer() { nanos += cpu_nanos() - start; }
};

inline const J &argument(const J &call, size_t k, size_t count) {
    if (call.kind != J::ARR || call.a.size() != count)
        throw BadRequest("expected " + std::to_string(count) + " arguments");
    return call.a[k];
}

// What a design problem's driver calls: the instance is made by the first operation.
using PlainCall = std::string (*)(const J &arguments, long long &nanos);
using DesignCall = std::string (*)(const J &operations, const J &arguments, long long &nanos);

}  // namespace judge_rt

// The generated driver (after the solution) defines these two; one of them is null.
#if defined(__SANITIZE_ADDRESS__)
extern "C" void __asan_set_error_report_callback(void (*callback)(const char *));
extern "C" const char *__asan_default_options() {
    return "detect_leaks=0:quarantine_size_mb=16:exitcode=86:handle_abort=0:print_summary=1:detect_stack_use_after_return=0";
}
#endif
extern "C" const char *__ubsan_default_options() { return "halt_on_error=1:print_stacktrace=1:exitcode=86"; }

extern judge_rt::PlainCall judge_plain_call;
extern judge_rt::DesignCall judge_design_call;

namespace judge_rt {

// Past the problem's memory, allocations fail with std::bad_alloc (Memory Limit Exceeded) rather than growing
// until the cgroup kills the process. Not under AddressSanitizer, whose shadow memory is data too.
inline void cap_memory() {
#if !defined(__SANITIZE_ADDRESS__)
    if (state().memory_mb <= 0) return;
    FILE *status = std::fopen("/proc/self/status", "r");
    if (status == nullptr) return;
    char line[256];
    long long data_kb = -1;
    while (std::fgets(line, sizeof line, status) != nullptr)
        if (std::strncmp(line, "VmData:", 7) == 0) data_kb = std::atoll(line + 7);
    std::fclose(status);
    if (data_kb < 0) return;
    rlimit r;
    if (getrlimit(RLIMIT_DATA, &r) != 0) return;
    rlim_t cap = (rlim_t)(data_kb << 10) + ((rlim_t)state().memory_mb << 20);
    if (r.rlim_max != RLIM_INFINITY) cap = std::min(cap, r.rlim_max);
    r.rlim_cur = cap;
    setrlimit(RLIMIT_DATA, &r);
#endif
}

// ---- sanitizers (run and fuzz builds) -------------------------------------------------------------------

// The status a sanitizer ends the process with after its report (the judge names it: CppLanguage.describeExit).
const int SANITIZER_EXIT = 86;

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer's report, as LeetCode shows it, becomes the call's exception answer before the process ends.
inline void asan_report(const char *report) {
    std::string text = report == nullptr ? "" : report;
    std::string kind = "AddressSanitizer";
    size_t at = text.find("ERROR: AddressSanitizer: ");
    if (at != std::string::npos) {
        size_t from = at + 7;
        size_t stop = text.find_first_of(" \n", from + 18);
        kind = text.substr(from, stop == std::string::npos ? std::string::npos : stop - from);
    }
    if (text.size() > 6000) text = text.substr(0, 6000) + "...";
    long long nanos = state().in_call ? cpu_nanos() - state().call_start : 0;
    flush_stdio();
    std::string printed_text = take_printed();
    state().channel.send("[\"exception\"," + std::to_string(nanos) + "," + frame_string(kind) + ","
            + frame_string(text) + ",[]," + frame_string(printed_text) + "]");
}
#endif

inline void serve_call(const J &call) {
    long long nanos = 0;
    std::string value;
    state().call_start = cpu_nanos();
    state().in_call = true;
    struct Leave { ~Leave() { state().in_call = false; } } leave;
    try {
        if (judge_design_call != nullptr) {
            if (call.kind != J::ARR || call.a.size() != 2) throw BadRequest("a design call is [operations, arguments]");
            value = judge_design_call(call.a[0], call.a[1], nanos);
        } else {
            value = judge_plain_call(call, nanos);
        }
    } catch (const BadRequest &e) {
        state().channel.send("[\"error\"," + frame_string(std::string("bad request: ") + e.what()) + "]");
        ::_exit(0);
    } catch (...) {
        send_current_exception(nanos);
        return;
    }
    send_ok(nanos, value);
}

inline void *serve(void *first_length) {
    State &st = state();
    cap_memory();  // here, so that the cap counts this thread's stack as already there
    std::string payload;
    bool have = st.channel.body((size_t)(uintptr_t)first_length, payload);
    while (have) {
        J calls;
        try {
            calls = parse(payload);
            if (calls.kind != J::ARR) throw BadRequest("a batch is a list of calls");
        } catch (const BadRequest &e) {
            st.channel.send("[\"error\"," + frame_string(std::string("bad request: ") + e.what()) + "]");
            return nullptr;
        }
        for (const J &call : calls.a) serve_call(call);
        try {
            have = st.channel.next(payload);
        } catch (const BadRequest &e) {
            st.channel.send("[\"error\"," + frame_string(std::string("bad request: ") + e.what()) + "]");
            return nullptr;
        }
    }
    return nullptr;
}

// argv[1]: the configuration frame's payload followed by the first call's length (the loader, CppLanguage's
// shell line, read both as one line: the payload has no newline and ends with ']'). The loader moved the channel
// to descriptors 3 and 4 before this program (and the solution's static initialisers) started, with descriptor
// 0 at /dev/null and 1 at 2: whatever the solution writes to a descriptor is stray output, never a frame.
inline int run(int argc, char **argv) {
    State &st = state();
    st.channel.in = 3;
    st.channel.out = 4;
    ::fcntl(st.channel.in, F_SETFD, FD_CLOEXEC);
    ::fcntl(st.channel.out, F_SETFD, FD_CLOEXEC);
    if (argc < 2) return 2;
    std::string line = argv[1];
    size_t close = line.rfind(']');
    if (close == std::string::npos) return 2;
    std::string digits = line.substr(close + 1);
    if (digits.empty() || digits.size() > 10 || digits.find_first_not_of("0123456789") != std::string::npos) return 2;
    J config;
    try {
        config = parse(line.substr(0, close + 1));
    } catch (const BadRequest &) {
        return 2;
    }
    if (config.kind != J::ARR || config.a.size() < 7 || config.a[0].kind != J::STR) return 2;
    st.channel.header = "\x01J" + config.a[0].s + " ";
    st.channel.trailer = "\x01" "E" + config.a[0].s + "\n";
    if (config.a[3].kind == J::INT) st.keep = config.a[3].i;
    if (config.a[4].kind == J::INT) st.limit = config.a[4].i;
    if (config.a.size() > 9 && config.a[9].kind == J::INT) st.memory_mb = config.a[9].i;
    std::memset(argv[1], 0, std::strlen(argv[1]));

#if defined(__SANITIZE_ADDRESS__)
    __asan_set_error_report_callback(asan_report);
#endif
    static CaptureBuf capture;
    std::cout.rdbuf(&capture);
    std::cerr.rdbuf(&capture);
    std::clog.rdbuf(&capture);
    cookie_io_functions_t io{nullptr, capture_write, nullptr, nullptr};
    FILE *captured = fopencookie(nullptr, "w", io);
    if (captured != nullptr) {
        setvbuf(captured, nullptr, _IOFBF, 1 << 12);
        stdout = captured;
    }
    // LeetCode accepts recursion some 10^5 deep: the calls run on a thread with a large stack.
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)512 << 20);
    pthread_t worker;
    if (pthread_create(&worker, &attr, serve, (void *)(uintptr_t)std::stoull(digits)) != 0) {
        serve((void *)(uintptr_t)std::stoull(digits));
    } else {
        pthread_join(worker, nullptr);
    }
    ::_exit(0);  // threads the solution left behind must not keep the child alive
}

}  // namespace judge_rt

int main(int argc, char **argv) { return judge_rt::run(argc, argv); }
