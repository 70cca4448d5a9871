// Syntax highlighting for the page's editor, written here rather than taken from an editor component: no
// CodeMirror, Monaco or highlighter is to be had as a WebJar on this project's machines, and the page works
// offline from the jar. A small lexer per language (comments, strings, characters, numbers, annotations or
// preprocessor lines, keywords, capitalised names as types) paints a <pre> that lies under a transparent
// textarea, so typing, selecting, undo and the caret stay the browser's own.
//
// The source is the user's: every token goes into the page as a text node (textContent), never as HTML.
'use strict';

const Highlight = (() => {
  const words = s => new Set(s.split(' '));
  const NUMBER = String.raw`\b0[xX][0-9a-fA-F_]+[lLuU]*\b|\b\d[\d_']*(?:\.\d+)?(?:[eE][+-]?\d+)?[lLfFdDuUjJ]*\b`;
  const LANGUAGES = {
    java: {
      keywords: words('abstract assert boolean break byte case catch char class const continue default do double'
        + ' else enum extends final finally float for goto if implements import instanceof int interface long native'
        + ' new package private protected public return short static strictfp super switch synchronized this throw'
        + ' throws transient try var void volatile while record sealed permits yield true false null'),
      // a block comment, a line comment, a text block, a string, a character, an annotation, a number, a word
      lexer: [String.raw`\/\*[\s\S]*?(?:\*\/|(?![\s\S]))`, String.raw`\/\/[^\n]*`, String.raw`"""[\s\S]*?(?:"""|(?![\s\S]))`,
        String.raw`"(?:\\.|[^"\\\n])*"?`, String.raw`'(?:\\.|[^'\\\n])*'?`, String.raw`@[A-Za-z_]\w*`, NUMBER,
        String.raw`[A-Za-z_$][\w$]*`],
      kinds: ['comment', 'comment', 'string', 'string', 'string', 'meta', 'number', 'word'],
    },
    cpp: {
      keywords: words('alignas alignof auto bool break case catch char class const constexpr const_cast continue'
        + ' decltype default delete do double dynamic_cast else enum explicit extern false float for friend goto if'
        + ' inline int long mutable namespace new noexcept nullptr operator private protected public register'
        + ' reinterpret_cast return short signed sizeof static static_assert static_cast struct switch template this'
        + ' throw true try typedef typename union unsigned using virtual void volatile while'),
      lexer: [String.raw`\/\*[\s\S]*?(?:\*\/|(?![\s\S]))`, String.raw`\/\/[^\n]*`, String.raw`^[ \t]*#[^\n]*`,
        String.raw`"(?:\\.|[^"\\\n])*"?`, String.raw`'(?:\\.|[^'\\\n])*'?`, NUMBER, String.raw`[A-Za-z_]\w*`],
      kinds: ['comment', 'comment', 'meta', 'string', 'string', 'number', 'word'],
    },
    python: {
      keywords: words('False None True and as assert async await break class continue def del elif else except'
        + ' finally for from global if import in is lambda match case nonlocal not or pass raise return try while'
        + ' with yield self'),
      lexer: [String.raw`#[^\n]*`, String.raw`[rRbBuUfF]{0,2}"""[\s\S]*?(?:"""|(?![\s\S]))`,
        String.raw`[rRbBuUfF]{0,2}'''[\s\S]*?(?:'''|(?![\s\S]))`, String.raw`[rRbBuUfF]{0,2}"(?:\\.|[^"\\\n])*"?`,
        String.raw`[rRbBuUfF]{0,2}'(?:\\.|[^'\\\n])*'?`, String.raw`@[A-Za-z_][\w.]*`, NUMBER,
        String.raw`[A-Za-z_]\w*`],
      kinds: ['comment', 'string', 'string', 'string', 'string', 'meta', 'number', 'word'],
    },
  };
  for (const lang of Object.values(LANGUAGES)) {
    lang.regex = new RegExp(lang.lexer.map(p => '(' + p + ')').join('|'), 'gm');
  }

  /** The tokens of {@code text}: [kind, text] pairs, kind null for plain text; covers the text exactly. */
  function tokens(text, language) {
    const lang = LANGUAGES[language] || LANGUAGES.java;
    const out = [];
    const re = new RegExp(lang.regex.source, 'gm');
    let at = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (m.index > at) out.push([null, text.slice(at, m.index)]);
      let kind = lang.kinds[m.slice(1).findIndex(g => g !== undefined)];
      if (kind === 'word') {
        kind = lang.keywords.has(m[0]) ? 'keyword' : /^[A-Z]/.test(m[0]) ? 'type' : null;
      }
      out.push([kind, m[0]]);
      at = m.index + m[0].length;
    }
    if (at < text.length) out.push([null, text.slice(at)]);
    return out;
  }

  /** Fills {@code code} (an element) with {@code text} as highlighted spans and text nodes. */
  function paint(code, text, language) {
    const nodes = tokens(text, language).map(([kind, t]) => {
      if (!kind) return document.createTextNode(t);
      const span = document.createElement('span');
      span.className = 'tok-' + kind;
      span.textContent = t;
      return span;
    });
    // A final newline needs a line after it, or the <pre> is one line shorter than the textarea.
    nodes.push(document.createTextNode(text.endsWith('\n') || text === '' ? ' ' : ''));
    code.replaceChildren(...nodes);
  }

  /**
   * Lays a highlighted copy of {@code textarea} under it (inside {@code wrap}) and keeps it in step. Returns
   * the function to call after setting the textarea's value from a script, and to change the language.
   */
  function attach(textarea, wrap, language) {
    const pre = document.createElement('pre');
    pre.id = 'highlight';
    pre.setAttribute('aria-hidden', 'true');
    const code = document.createElement('code');
    pre.append(code);
    wrap.prepend(pre);
    wrap.classList.add('highlighted');
    let current = language;
    const sync = () => { pre.scrollTop = textarea.scrollTop; pre.scrollLeft = textarea.scrollLeft; };
    const repaint = lang => {
      if (lang) current = lang;
      paint(code, textarea.value, current);
      sync();
    };
    textarea.addEventListener('input', () => repaint());
    textarea.addEventListener('scroll', sync);
    repaint();
    return repaint;
  }

  return { tokens, paint, attach };
})();
