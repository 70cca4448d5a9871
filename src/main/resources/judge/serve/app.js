// The page of `judge serve`: a problem list, a problem (statement, editor, Run / Submit / Fuzz, verdict,
// history) and progress, over the JSON API of docs/api.md.
//
// Everything a solution controls (its output, messages, source) and everything the history holds is put in the
// page with textContent, never innerHTML. The one innerHTML is a statement, which the server renders from the
// package's Markdown with raw HTML escaped (judge.serve.StatementHtml).
'use strict';

const state = { lang: localStorage.getItem('judge.lang') === 'zh' ? 'zh' : 'en', busy: false, problem: null,
  language: 'java', savedText: null, savedModified: null, poll: null };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path, body) {
  const options = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body) };
  const response = await fetch('/api/' + path, options);
  const json = await response.json();
  if (!response.ok) throw new Error(json.error || ('HTTP ' + response.status));
  return json;
}

const main = () => document.getElementById('main');

function setLang(lang) {
  state.lang = lang;
  localStorage.setItem('judge.lang', lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.getElementById('lang-en').classList.toggle('on', lang === 'en');
  document.getElementById('lang-zh').classList.toggle('on', lang === 'zh');
  // On a problem, only the statement changes: the editor keeps what it holds.
  if (state.restate && /^#\/problems\//.test(location.hash)) state.restate();
  else route();
}

function title(p) {
  return state.lang === 'zh' && p.titleZh ? p.titleZh : p.title;
}

function route() {
  if (state.poll) { clearInterval(state.poll); state.poll = null; }
  state.restate = null;
  const hash = location.hash || '#/';
  const m = hash.match(/^#\/problems\/([^/]+)$/);
  const view = m ? showProblem(decodeURIComponent(m[1])) : hash === '#/progress' ? showProgress() : showList();
  view.catch(e => main().replaceChildren(el('p', { class: 'notice', id: 'error' }, e.message)));
}

// ---- the problem list

async function showList() {
  const data = await api('problems');
  const search = el('input', { id: 'search', type: 'search', placeholder: 'Search title, id or tag' });
  const difficulty = el('select', { id: 'difficulty' }, ['', 'Easy', 'Medium', 'Hard'].map(d =>
    el('option', { value: d }, d || 'All difficulties')));
  const status = el('select', { id: 'status' }, ['', 'solved', 'attempted', 'untouched'].map(s =>
    el('option', { value: s }, s || 'All statuses')));
  const tags = [...new Set(data.problems.flatMap(p => p.tags))].sort();
  const tag = el('select', { id: 'tag' }, el('option', { value: '' }, 'All tags'), tags.map(t => el('option', { value: t }, t)));
  const count = el('span', { id: 'count', class: 'muted' });
  const body = el('tbody');
  const draw = () => {
    const q = search.value.trim().toLowerCase();
    const rows = data.problems.filter(p => (!difficulty.value || p.difficulty === difficulty.value)
      && (!status.value || p.status === status.value) && (!tag.value || p.tags.includes(tag.value))
      && (!q || String(p.id) === q || p.title.toLowerCase().includes(q) || (p.titleZh || '').includes(q)
        || p.tags.some(t => t.includes(q))));
    body.replaceChildren(...rows.map(p => el('tr', { id: 'problem-' + p.id },
      el('td', { class: 'status ' + (p.status || '') }, p.status === 'solved' ? '✓ solved'
        : p.status === 'attempted' ? '◐ attempted' : p.status === null ? '?' : ''),
      el('td', {}, p.id),
      el('td', {}, el('a', { href: '#/problems/' + p.id, class: 'title' }, title(p))),
      el('td', { class: p.difficulty }, p.difficulty),
      el('td', {}, p.tags.map(t => el('span', { class: 'tag' }, t))))));
    count.textContent = rows.length + ' problems · ' + data.counts.solved + ' solved, ' + data.counts.attempted
      + ' attempted, ' + data.counts.untouched + ' untouched';
  };
  [search, difficulty, status, tag].forEach(x => x.addEventListener('input', draw));
  draw();
  main().replaceChildren(...[
    data.warning ? el('p', { class: 'notice' }, data.warning) : null,
    el('div', { class: 'filters' }, search, difficulty, status, tag, count),
    el('table', { class: 'problems' }, el('thead', {}, el('tr', {}, ['Status', '#', 'Title', 'Difficulty', 'Tags']
      .map(h => el('th', {}, h)))), body)].filter(Boolean));
}

// ---- a problem

async function showProblem(id) {
  const p = await api('problems/' + encodeURIComponent(id));
  state.problem = p;
  const statement = el('div', { id: 'statement' });
  const heading = el('h2', { id: 'problem-title' });
  state.restate = () => {
    // server-rendered CommonMark, raw HTML escaped (see the note at the top)
    statement.innerHTML = p.statement[state.lang] || p.statement.en;
    heading.textContent = p.id + '. ' + title(p);
  };
  state.restate();
  const left = el('div', { class: 'pane' });
  const description = el('div', {}, heading,
    el('p', {}, el('span', { class: p.difficulty }, p.difficulty), ' ', p.tags.map(t => el('span', { class: 'tag' }, t))),
    statement);
  const historyPane = el('div', { id: 'history' });
  const tabDescription = el('button', { class: 'on', id: 'tab-description' }, 'Description');
  const tabHistory = el('button', { id: 'tab-history' }, 'Submissions');
  tabDescription.onclick = () => { tabDescription.classList.add('on'); tabHistory.classList.remove('on');
    left.replaceChildren(tabs, description); };
  tabHistory.onclick = () => { tabHistory.classList.add('on'); tabDescription.classList.remove('on');
    left.replaceChildren(tabs, historyPane); loadHistory(historyPane); };
  const tabs = el('div', { class: 'tabs' }, tabDescription, tabHistory);
  left.replaceChildren(tabs, description);

  const languages = p.languages.filter(l => l.available);
  const picker = el('select', { id: 'language' }, languages.map(l => el('option', { value: l.name }, l.title)));
  if (languages.some(l => l.name === state.language)) picker.value = state.language;
  const editor = el('textarea', { id: 'editor', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off' });
  editor.addEventListener('keydown', e => {
    if (e.key === 'Tab' && !e.shiftKey) {
      e.preventDefault();
      editor.setRangeText('    ', editor.selectionStart, editor.selectionEnd, 'end');
    }
  });
  const fileLine = el('span', { class: 'muted', id: 'file' });
  const notice = el('span', { class: 'notice', id: 'disk-notice', hidden: true });
  const cases = el('textarea', { id: 'cases', placeholder: 'Custom input, one value per line, as LeetCode takes it'
    + ' (empty: the examples)' });
  cases.value = p.examples.map(e => e.input.join('\n')).join('\n');
  const customBox = el('details', {}, el('summary', {}, 'Testcases'), cases);
  const run = el('button', { id: 'run' }, 'Run');
  const submit = el('button', { id: 'submit', class: 'primary' }, 'Submit');
  const fuzz = el('button', { id: 'fuzz' }, 'Fuzz');
  const reset = el('button', { id: 'reset', title: 'Replace the editor with the stub of judge new' }, 'Reset');
  const result = el('div', { id: 'result', hidden: true });
  const buttons = [run, submit, fuzz, reset];

  let repaint = () => {};
  const setCode = text => { editor.value = text; repaint(); };
  const load = async () => {
    state.language = picker.value;
    const file = await api('problems/' + p.id + '/file?language=' + encodeURIComponent(picker.value));
    const lang = p.languages.find(l => l.name === picker.value);
    editor.value = file.exists ? file.code : lang.stub;
    repaint(picker.value);
    state.savedText = file.exists ? file.code : null;
    state.savedModified = file.modified;
    fileLine.textContent = file.file + (file.exists ? '' : ' (not saved yet)');
  };
  picker.onchange = load;
  reset.onclick = () => setCode(p.languages.find(l => l.name === picker.value).stub);

  const judgeWith = async (mode, extra) => {
    if (state.busy) return;
    state.busy = true;
    buttons.forEach(b => { b.disabled = true; });
    result.hidden = false;
    const pending = el('p', { class: 'muted', id: 'pending' }, mode === 'fuzz' ? 'Fuzzing…' : 'Judging…');
    result.replaceChildren(pending);
    const tag = Math.random().toString(36).slice(2) + Date.now().toString(36);
    const events = await followProgress(tag, pending);
    try {
      const body = Object.assign({ problem: String(p.id), language: picker.value, code: editor.value,
        progress: tag }, extra);
      const r = await api(mode, body);
      state.savedText = editor.value;
      const f = await api('problems/' + p.id + '/file?language=' + encodeURIComponent(picker.value));
      state.savedModified = f.modified;
      fileLine.textContent = f.file;
      result.replaceChildren(...(mode === 'fuzz' ? fuzzPanel(r, p, judgeWith) : verdictPanel(r, p, editor)).filter(Boolean));
    } catch (e) {
      result.replaceChildren(el('p', { class: 'notice', id: 'error' }, e.message));
    } finally {
      if (events) events.close();
      state.busy = false;
      buttons.forEach(b => { b.disabled = false; });
    }
  };
  run.onclick = () => judgeWith('run', customBox.open && cases.value.trim() ? { cases: cases.value } : {});
  submit.onclick = () => judgeWith('submit', {});
  fuzz.onclick = () => judgeWith('fuzz', {});

  // A save on disk (an IDE, judge new) shows in the page, unless the editor holds changes of its own.
  state.poll = setInterval(async () => {
    if (state.busy) return;
    try {
      const f = await api('problems/' + p.id + '/file?language=' + encodeURIComponent(picker.value));
      if (f.exists && f.modified !== state.savedModified && f.code !== editor.value) {
        const untouched = state.savedText === null ? editor.value === p.languages.find(l => l.name === picker.value).stub
          : editor.value === state.savedText;
        state.savedModified = f.modified;
        if (untouched) {
          setCode(f.code);
          state.savedText = f.code;
          notice.textContent = 'Reloaded: the file changed on disk.';
        } else {
          notice.textContent = 'The file changed on disk; Run or Submit saves the editor over it.';
        }
        notice.hidden = false;
      }
    } catch (e) { /* the server stopped: the next action says so */ }
  }, 2000);

  const wrap = el('div', { class: 'editor-wrap' }, editor);
  const right = el('div', { class: 'right' },
    el('div', { class: 'toolbar' }, picker, run, submit, fuzz, reset, fileLine, notice), wrap, customBox, result);
  main().replaceChildren(el('div', { class: 'split' }, left, right));
  repaint = Highlight.attach(editor, wrap, picker.value);
  await load();
}

/**
 * Follows the judging named {@code tag} on /api/events (server-sent events) and says in {@code pending} how far
 * it has come. Resolves once the stream is open (so no event of the judging is missed) with the EventSource to
 * close when the answer is in, or with null when there is no stream: the judging then goes on without it.
 */
function followProgress(tag, pending) {
  return new Promise(resolve => {
    if (!window.EventSource) { resolve(null); return; }
    const source = new EventSource('/api/events');
    const timer = setTimeout(() => resolve(source), 2000);
    source.onopen = () => { clearTimeout(timer); resolve(source); };
    source.onerror = () => { clearTimeout(timer); source.close(); resolve(null); };
    source.onmessage = message => {
      const e = JSON.parse(message.data);
      if (e.progress !== tag) return;
      const text = progressText(e);
      if (text) pending.textContent = text;
    };
  });
}

function progressText(e) {
  switch (e.event) {
    case 'queued': return e.ahead > 0 ? 'Waiting for ' + e.ahead + (e.ahead === 1 ? ' judging' : ' judgings')
      + ' before this one…' : null;
    case 'started': return e.mode === 'fuzz' ? 'Fuzzing…' : 'Compiling…';
    case 'compiled': return 'Running…';
    case 'tested': return 'Running: ' + e.done + ' / ' + e.total + ' testcases';
    case 'property': return 'Property phase: random inputs against the reference…';
    case 'tried': return 'Fuzzing: ' + e.tries + ' tries';
    default: return null;
  }
}

const BAD = v => v !== 'ACCEPTED' && v !== 'PASSED';

function field(label, text, id) {
  if (text === null || text === undefined || text === '') return null;
  return el('div', { class: 'field' }, el('div', { class: 'label' }, label), el('pre', { id }, text));
}

function verdictPanel(r, p, editor) {
  const out = [el('div', { id: 'verdict', class: r.verdict + (BAD(r.verdict) ? ' bad' : '') }, r.verdictTitle),
    el('div', { id: 'passed', class: 'muted' }, r.passed + ' / ' + r.total + ' testcases passed'
      + (r.mode === 'run' ? ' (' + (r.tests.length && r.tests[0].test.startsWith('case-') ? 'custom input' : 'examples') + ')' : '')
      + ' · Runtime ' + Math.round(r.runtimeMs) + ' ms'
      + (r.memoryMb !== null ? ' · Memory ' + r.memoryMb.toFixed(1) + ' MB' : ''))];
  if (r.message) out.push(field('Message', r.message, 'message'));
  for (const n of r.notes) out.push(el('p', { class: 'muted' }, n));
  if (r.compileErrors.length) {
    out.push(el('div', { class: 'field' }, el('div', { class: 'label' }, 'Compile errors'),
      el('pre', { id: 'compile-errors' }, r.compileErrors.map(e => 'Line ' + e.line + ':' + e.column + ': ' + e.message).join('\n'))));
    selectLine(editor, r.compileErrors[0].line);
  }
  const lineOf = m => { const x = /(?:line |:)(\d+)\)?/.exec(m || ''); return x ? Number(x[1]) : null; };
  const detail = t => [field('Input', t.input && t.input.map((v, i) => (p.params[i] || 'arg' + i) + ' = ' + v).join('\n'), 'input'),
    field('Output', t.output, 'output'), field('Expected', t.expected, 'expected'), field('Stdout', t.stdout, 'stdout'),
    field('Message', t.message, 'test-message')];
  if (r.mode === 'run' && r.tests.length) {
    const body = el('div', {});
    const tabs = r.tests.map((t, i) => el('button', { class: BAD(t.verdict) ? 'fail' : 'pass', id: 'case-' + (i + 1),
      onclick: () => body.replaceChildren(...detail(t).filter(Boolean)) }, 'Case ' + (i + 1)));
    const first = r.tests.find(t => BAD(t.verdict)) || r.tests[0];
    body.replaceChildren(...detail(first).filter(Boolean));
    out.push(el('div', { class: 'cases-tabs' }, tabs), body);
  } else if (r.failure) {
    out.push(el('div', { class: 'muted' }, 'Failed on ' + r.failure.test), ...detail(r.failure));
    const line = lineOf(r.failure.message);
    if (line && r.verdict === 'RUNTIME_ERROR') selectLine(editor, line);
  }
  return out;
}

function fuzzPanel(r, p, judgeWith) {
  const out = [el('div', { id: 'verdict', class: r.status + (BAD(r.status) ? ' bad' : '') },
    r.status === 'PASSED' ? 'Fuzz passed' : r.status === 'FALSIFIED' ? 'Fuzz found a counterexample' : 'Fuzz error'),
  el('div', { class: 'muted' }, r.tries + ' tries in ' + r.seconds + ' s · seed ' + r.seed
    + (r.shrinkSteps ? ' · shrunk in ' + r.shrinkSteps + ' steps' : ''))];
  if (r.message) out.push(field('Message', r.message, 'message'));
  const c = r.counterexample;
  if (c) {
    out.push(field('Input (shrunk)', c.input.map((v, i) => (p.params[i] || 'arg' + i) + ' = ' + v).join('\n'), 'input'),
      field('Output', c.output, 'output'), field('Expected', c.expected, 'expected'), field('Stdout', c.stdout, 'stdout'),
      field('Message', c.message, 'test-message'));
    if (r.savedTo) out.push(el('p', { class: 'muted' }, 'Kept as a test: ' + r.savedTo));
    else out.push(el('button', { id: 'keep', onclick: () => judgeWith('fuzz', { seed: r.seed, save: true }) },
      'Keep it as a test (run and submit include it)'));
  }
  return out;
}

/** Selects line n (from 1) of the textarea: where the compiler or the runtime points. */
function selectLine(editor, n) {
  const lines = editor.value.split('\n');
  if (!(n >= 1 && n <= lines.length)) return;
  let start = 0;
  for (let i = 0; i < n - 1; i++) start += lines[i].length + 1;
  editor.focus();
  editor.setSelectionRange(start, start + lines[n - 1].length);
}

async function loadHistory(pane) {
  pane.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  const data = await api('history?problem=' + state.problem.id);
  const shown = el('div', {});
  const rows = data.judgings.map(s => el('tr', { class: 'judging', 'data-id': s.id, onclick: () => showJudging(s.id, shown) },
    el('td', {}, new Date(s.time).toLocaleString()), el('td', {}, s.mode), el('td', { class: BAD(s.verdict) ? 'bad' : 'ok' }, s.verdict),
    el('td', {}, s.passed === null ? '' : s.passed + (s.total === null ? '' : ' / ' + s.total)),
    el('td', {}, s.runtimeMs === null ? '' : Math.round(s.runtimeMs) + ' ms'), el('td', {}, s.language)));
  pane.replaceChildren(data.judgings.length ? el('table', { class: 'history' }, el('tr', {}, ['Time', 'Mode', 'Verdict',
    'Passed', 'Runtime', 'Language'].map(h => el('th', {}, h))), rows) : el('p', { class: 'muted' }, 'No judgings yet.'), shown);
}

async function showJudging(id, into) {
  const s = await api('history/' + id);
  const editor = document.getElementById('editor');
  into.replaceChildren(el('h3', {}, '#' + s.id + ' ' + s.verdict), el('pre', { class: 'code' }, s.message || ''),
    el('div', { class: 'label muted' }, 'Diff against the editor (- this judging, + the editor)'),
    el('pre', { class: 'code diff', id: 'diff' }, diffLines(s.code || '', editor ? editor.value : '')),
    el('div', { class: 'label muted' }, 'Source as judged'), el('pre', { class: 'code', id: 'judged-source' }, s.code || ''));
}

/** A line diff (longest common subsequence) as spans, for sources of a few thousand lines. */
function diffLines(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  if (x.length * y.length > 4e6) return [el('span', {}, 'Too long to compare.')];
  const n = x.length, m = y.length, L = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
    L[i][j] = x[i] === y[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { out.push(el('span', {}, '  ' + x[i] + '\n')); i++; j++; }
    else if (j < m && (i === n || L[i][j + 1] >= L[i + 1][j])) { out.push(el('span', { class: 'add' }, '+ ' + y[j] + '\n')); j++; }
    else { out.push(el('span', { class: 'del' }, '- ' + x[i] + '\n')); i++; }
  }
  return out;
}

// ---- progress

async function showProgress() {
  const s = await api('stats');
  const bars = list => el('table', {}, list.map(c => el('tr', {}, el('td', { class: c.name }, c.name),
    el('td', {}, c.solved + ' / ' + c.total),
    el('td', {}, el('span', { class: 'bar' }, el('span', { style: 'width:' + (c.total ? 100 * c.solved / c.total : 0) + '%' }))))));
  const heat = el('div', { id: 'heatmap' });
  const today = new Date(s.today + 'T00:00:00');
  const start = new Date(today);
  start.setDate(start.getDate() - 52 * 7 - today.getDay());
  for (const d = new Date(start); d <= today; d.setDate(d.getDate() + 1)) {
    const key = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
    const n = s.days[key] || 0;
    const level = n === 0 ? 0 : n < 3 ? 1 : n < 6 ? 2 : n < 10 ? 3 : 4;
    heat.append(el('div', { class: 'day' + (level ? ' l' + level : ''), 'data-date': key, 'data-count': n,
      title: n + (n === 1 ? ' judging on ' : ' judgings on ') + key }));
  }
  main().replaceChildren(
    el('div', { class: 'cards' },
      el('div', { class: 'card' }, el('div', { class: 'big', id: 'solved' }, s.solved + ' / ' + s.problems), 'solved'),
      el('div', { class: 'card' }, el('div', { class: 'big', id: 'attempted' }, s.attempted), 'attempted'),
      el('div', { class: 'card' }, el('div', { class: 'big', id: 'streak' }, s.streakDays), 'day streak'),
      el('div', { class: 'card' }, el('div', { class: 'big', id: 'judgings' }, s.judgings), 'judgings')),
    el('h3', {}, 'Activity'), heat,
    el('div', { class: 'cards' }, el('div', { class: 'card' }, el('h3', {}, 'By difficulty'), bars(s.byDifficulty)),
      el('div', { class: 'card' }, el('h3', {}, 'By tag'), bars(s.byTag)),
      el('div', { class: 'card' }, el('h3', {}, 'Recent'), el('table', { class: 'history', id: 'recent' }, s.recent.map(r =>
        el('tr', {}, el('td', {}, new Date(r.time).toLocaleString()), el('td', {}, el('a', { href: '#/problems/' + r.problemId },
          r.problemId + ' ' + r.problem)), el('td', {}, r.mode), el('td', {}, r.verdict)))))));
}

document.getElementById('lang-en').onclick = () => setLang('en');
document.getElementById('lang-zh').onclick = () => setLang('zh');
window.addEventListener('hashchange', route);
setLang(state.lang);
