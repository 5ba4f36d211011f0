// newsquotes review page. All data from the server is untrusted article text: it is only ever put into the page
// with textContent / createTextNode / option.text, never parsed as HTML (no HTML-string sinks anywhere), and the server's
// Content-Security-Policy forbids inline script, so a <script> inside an article is shown as text and never runs.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const KEY_SEP = '\u0000';
  const state = {
    annotator: null,
    quotes: [],      // one page of /api/quotes: the filtered list in its order, from row `offset` on
    byRef: new Map(),
    queue: [],       // refs of the page still matching the filters (decisions may take quotes out), in order
    offset: 0,       // the page's first row in the server's filtered list
    figures: { total: 0, reviewed: 0, mine: 0, matching: 0 },
    current: null,   // ref of the quote on screen
    docs: new Map(), // doc id -> document JSON
    filtersFilled: false,
    selection: null, // {doc, start, end}: the words last selected in the passage, as document offsets
    spanEdit: null,  // {start, end}: the span being adjusted with the arrow keys (E), not yet saved
    adding: null,    // {doc, start, end}: the words of the quote being added (+), until saved or cancelled
  };
  // text node of the passage -> offset of its first character in the document text
  const textStarts = new WeakMap();
  const ref = (q) => q.doc + KEY_SEP + q.id;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function setSaved(message, ok) {
    const s = $('saved');
    s.textContent = message;
    s.className = ok ? 'ok' : 'error';
  }

  // ---------------------------------------------------------------- annotator
  function initAnnotator() {
    const params = new URLSearchParams(window.location.search);
    let name = params.get('annotator') || window.localStorage.getItem('newsquotes.annotator');
    if (!name) name = window.prompt('Your annotator name (recorded with every decision):', '') || '';
    setAnnotator(name.trim() || 'anonymous');
    // blind mode (?blind=1): the machine's proposals and one's own decisions only, never a colleague's
    state.blind = params.get('blind') === '1' || params.get('blind') === 'true';
    $('blind').hidden = !state.blind;
    // curator (?curate=1): decisions are final answers (adjudications), which quotes.csv carries
    state.curate = !state.blind && (params.get('curate') === '1' || params.get('curate') === 'true');
    $('curator').hidden = !state.curate;
    // ?all=1: every document, not only those assigned to this annotator (review assign)
    state.all = params.get('all') === '1' || state.curate;
    $('annotator').addEventListener('click', () => {
      const n = window.prompt('Annotator name:', state.annotator);
      if (n && n.trim()) { setAnnotator(n.trim()); render(); }
    });
  }

  function setAnnotator(name) {
    state.annotator = name;
    window.localStorage.setItem('newsquotes.annotator', name);
    $('annotator').textContent = name;
  }

  // ---------------------------------------------------------------- data
  async function api(path, body) {
    const init = body === undefined ? {} : {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    };
    const res = await fetch(path, init);
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (!res.ok) {
      const err = new Error((data && data.error) || ('HTTP ' + res.status));
      err.status = res.status;
      err.data = data;
      throw err;
    }
    return data;
  }

  /** Rows per page: the server filters and orders every quote and sends this many. */
  const PAGE = 200;

  /** The page of the filtered, ordered list from row state.offset, with the progress figures. */
  /** The filters as the server gets them. */
  function filters() {
    return {
      doc: $('f-doc').value.trim(), kind: $('f-kind').value, method: $('f-method').value, status: $('f-status').value,
      conf: $('f-conf').value, order: $('f-order').value,
    };
  }

  async function loadQuotes() {
    const f = filters();
    state.loadedFilters = JSON.stringify(f);
    const p = new URLSearchParams(Object.assign(f, {
      offset: String(state.offset), limit: String(PAGE),
      annotator: state.annotator || '', blind: state.blind ? '1' : '', all: state.all ? '1' : '',
    }));
    const data = await api('/api/quotes?' + p.toString());
    state.offset = data.offset;
    state.quotes = data.quotes;
    state.byRef = new Map(data.quotes.map((q) => [ref(q), q]));
    state.figures = { total: data.total, reviewed: data.reviewed, mine: data.mine, matching: data.matching };
    if (!state.filtersFilled) {
      fillSelect($('f-kind'), data.all_kinds);
      fillSelect($('f-method'), data.methods);
      state.filtersFilled = true;
    }
    const notes = [];
    if (data.orphans > 0) notes.push(data.orphans + ' journal decision(s) no longer match a quote (annotate reports them)');
    if (data.journal_warnings > 0) notes.push(data.journal_warnings + ' unreadable journal line(s) skipped (see server log)');
    $('notes').textContent = notes.join(' · ');
  }

  function fillSelect(select, values) {
    for (const v of values) select.add(new Option(v, v));
  }

  async function loadDoc(docId) {
    if (!state.docs.has(docId)) {
      // blind: the quotes as this annotator has them, never a colleague's added quote or changed span
      const blind = state.blind ? '&blind=1&annotator=' + encodeURIComponent(state.annotator) : '';
      state.docs.set(docId, await api('/api/doc?id=' + encodeURIComponent(docId) + blind));
    }
    return state.docs.get(docId);
  }

  /** Document ids holding the typed text, from the server: the document filter's suggestions. */
  async function suggestDocs() {
    const data = await api('/api/docs?q=' + encodeURIComponent($('f-doc').value.trim()));
    const list = $('f-doc-list');
    list.replaceChildren(...data.docs.map((d) => { const o = document.createElement('option'); o.value = d; return o; }));
  }

  /** A filter changed: the first page of the new list. */
  async function refilter() {
    // a change event with the same filters (the document box losing focus) keeps the place in the list
    if (JSON.stringify(filters()) === state.loadedFilters) return;
    state.offset = 0;
    try {
      await loadQuotes();
    } catch (e) {
      setSaved('cannot load quotes: ' + e.message, false);
      return;
    }
    computeQueue();
    state.current = state.queue[0] || null;
    await render();
  }

  // ---------------------------------------------------------------- filtering
  // the server filters and orders; the page re-checks its own rows only, as decisions change them
  function computeQueue() {
    state.queue = state.quotes.filter(matches).map(ref);
  }

  /** The server's filters on one quote of the page (QuoteQuery.matches), for quotes a decision changed. */
  function matches(q) {
    const doc = $('f-doc').value.trim(), kind = $('f-kind').value, method = $('f-method').value;
    const status = $('f-status').value;
    const conf = parseFloat($('f-conf').value);
    return (!doc || q.doc === doc) && (!kind || q.state.kind === kind) && (!method || q.method === method)
      && (!status || (status === 'unsure' ? q.unsure
        : status === 'disagreement' ? (q.disagreement && !q.adjudicated) : q.state.status === status))
      && (isNaN(conf) || q.confidence <= conf + 1e-9);
  }

  // ---------------------------------------------------------------- rendering
  function render() {
    renderProgress();
    const view = $('f-view').value;
    $('list').hidden = view !== 'list';
    $('entities').hidden = view !== 'entities';
    $('one').hidden = view !== 'one';
    if (view === 'list') { renderList(); return Promise.resolve(); }
    if (view === 'entities') return entities.searchEntities();
    return renderOne();
  }

  function renderProgress() {
    const f = state.figures;
    const total = f.total, done = f.reviewed, mine = f.mine;
    const pct = total ? Math.round(100 * done / total) : 0;
    $('progress-text').textContent = done + ' of ' + total + ' quotes reviewed (' + pct + '%) · ' + mine
      + ' by you · ' + f.matching + ' match the filters';
    $('progress-bar').style.width = pct + '%';
  }

  function renderList() {
    const body = $('list-body');
    body.replaceChildren();
    for (const r of state.queue) {
      const q = state.byRef.get(r);
      const tr = document.createElement('tr');
      if (r === state.current) tr.className = 'current';
      const text = q.text.length > 120 ? q.text.slice(0, 117) + '…' : q.text;
      for (const v of [q.doc, q.id, text, q.state.speaker || '—', q.state.kind, q.method, q.confidence.toFixed(2)]) {
        tr.appendChild(el('td', v));
      }
      tr.appendChild(el('td', q.state.status, 'status-' + q.state.status));
      tr.addEventListener('click', () => { state.current = r; $('f-view').value = 'one'; render(); });
      body.appendChild(tr);
    }
  }

  async function renderOne() {
    closeForms();
    const q = state.current ? state.byRef.get(state.current) : null;
    $('empty').hidden = !!q;
    $('card').hidden = !q;
    if (!q) { $('position').textContent = ''; return; }
    const idx = state.queue.indexOf(state.current);
    $('position').textContent = idx >= 0 ? ('quote ' + (state.offset + idx + 1) + ' of ' + state.figures.matching
      + ' in this view')
      : '(this quote is outside the current filters)';
    $('ref').textContent = q.doc + ' · ' + q.id;
    $('ref').dataset.doc = q.doc;
    $('ref').dataset.quote = q.id;
    $('p-speaker').textContent = (q.state.speaker || '— none —')
      + (q.state.speaker_entity_id ? '  [' + q.state.speaker_entity_id + ']' : '')
      + (q.state.status === 'corrected' && q.state.speaker !== q.speaker ? '  (machine: ' + (q.speaker || 'none') + ')' : '');
    $('p-mention').textContent = q.mention ? q.mention + ' @' + q.mention_start : '—';
    $('p-cue').textContent = q.cue || '—';
    $('p-method').textContent = q.method;
    $('p-confidence').textContent = q.confidence.toFixed(2);
    $('p-kind').textContent = q.state.kind + (q.state.kind !== q.kind ? '  (machine: ' + q.kind + ')' : '');
    $('p-status').textContent = q.state.status + (q.adjudicated ? '  (adjudicated)' : q.disagreement ? '  (annotators disagree)' : '');
    $('p-status').className = 'status-' + q.state.status;
    $('p-by').textContent = Object.entries(q.by || {}).map(([who, st]) => who + ': ' + st
      + remarkText((q.remarks || {})[who])).join(', ') || '—';
    const others = $('p-others');
    others.className = q.conflict ? 'conflict' : '';
    others.replaceChildren(...(q.other_reports || []).map((o) => el('div',
      o.doc + ' · ' + o.id + ': ' + (o.speaker || 'none') + (o.differs ? '  (another speaker)' : ''))));
    if (!q.other_report_count) others.replaceChildren(el('div', '—'));
    else if (q.other_report_count > (q.other_reports || []).length) {
      others.appendChild(el('div', '… ' + (q.other_report_count - q.other_reports.length) + ' more'));
    }
    const passage = $('passage');
    try {
      const doc = await loadDoc(q.doc);
      if (state.byRef.get(state.current) !== q) return; // moved on meanwhile
      passage.replaceChildren(...passageNodes(doc, q));
      renderContext(doc, q);
      const focus = passage.querySelector('mark.quote');
      if (focus) focus.scrollIntoView({ block: 'center' });
    } catch (e) {
      passage.replaceChildren(el('p', 'cannot load document: ' + e.message));
    }
  }

  /**
   * The whole article: every quote highlighted, the current one in focus with its evidence mention, and when that
   * evidence is a pronoun or a description, the place where its entity is first named (the referent).
   */
  function passageNodes(doc, q) {
    const text = doc.text;
    const marks = [];
    // the entities' mentions first, so they sit innermost: clicking one sets the speaker (with C open)
    for (const m of doc.mentions || []) marks.push({ start: m.start, end: m.end, cls: 'ent', entity: m.entity });
    for (const o of doc.quotes || []) {
      if (o.id !== q.id) marks.push({ start: o.start, end: o.end, cls: 'quote-other' + (o.added ? ' added' : '') });
    }
    // a span being adjusted (E) or the words of a quote being added (+) show instead of the quote's own
    const pending = state.spanEdit || (state.adding && state.adding.doc === q.doc ? state.adding : null);
    if (pending) marks.push({ start: pending.start, end: pending.end, cls: 'quote pending' });
    else marks.push({ start: q.start, end: q.end, cls: 'quote' });
    const referent = referentOf(doc, q);
    if (referent) marks.push({ start: referent.start, end: referent.end, cls: 'referent' });
    if (q.mention_start !== undefined && q.mention_start !== null) {
      marks.push({ start: q.mention_start, end: q.mention_end, cls: 'mention' });
    }
    let blocks = doc.blocks || [];
    if (blocks.length === 0) blocks = [{ start: 0, end: text.length }];
    return blocks.map((b) => paragraph(text, b.start, b.end, marks));
  }

  /** The entity's first naming when the evidence mention is not it (a pronoun, a description), else null. */
  function referentOf(doc, q) {
    if (!q.speaker_local_id || q.mention_start === undefined || q.mention_start === null) return null;
    const e = (doc.entities || []).find((x) => x.id === q.speaker_local_id);
    if (!e || !e.named) return null;
    if (e.named.start === q.mention_start && e.named.end === q.mention_end) return null;
    if (q.mention && q.mention.toLowerCase() === e.named.text.toLowerCase()) return null;
    return e.named;
  }

  /** Title, outlet and date of the article; the referent of a pronoun or description, in words. */
  function renderContext(doc, q) {
    const parts = [doc.title || '(no title)', doc.outlet || 'outlet unknown', doc.date || 'date unknown'];
    $('doc-meta').textContent = parts.join(' · ');
    const referent = referentOf(doc, q);
    $('referent').textContent = referent
      ? '“' + q.mention + '” refers to ' + referent.text + (referent.start < q.mention_start ? ', named earlier' : ', named later')
        + ' (outlined in the text)'
      : '';
    $('referent').hidden = !referent;
  }

  function paragraph(text, start, end, marks) {
    const p = document.createElement('p');
    p.dataset.start = String(start);  // where the paragraph's text starts in the document (selections, tests)
    const cuts = new Set([start, end]);
    for (const m of marks) for (const c of [m.start, m.end]) if (c > start && c < end) cuts.add(c);
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      let node = document.createTextNode(text.slice(a, b));
      textStarts.set(node, a);
      for (const m of marks.slice().reverse()) {  // mention innermost, quote outside
        if (m.start <= a && b <= m.end) {
          const w = el('mark', null, m.cls);
          if (m.entity) {
            w.dataset.entity = m.entity;
            w.dataset.start = String(m.start);
            w.dataset.end = String(m.end);
          }
          w.appendChild(node);
          node = w;
        }
      }
      p.appendChild(node);
    }
    return p;
  }

  // ---------------------------------------------------------------- actions
  /**
   * The quotes a decision changed, as the server sent them back: updated in place, so a decision costs one small
   * request and answer whatever the number of quotes. Returns false when one is unknown here (then reload all).
   */
  function applyUpdates(updated) {
    for (const u of updated) {
      const o = state.byRef.get(ref(u));
      if (!o) return false;
      // the progress figures follow the decision: reviewed, by this annotator, still matching the filters
      const wasDone = o.state.status !== 'unreviewed';
      const wasMine = !!(o.by && o.by[state.annotator]);
      const wasIn = matches(o);
      Object.assign(o, u);
      state.figures.reviewed += (o.state.status !== 'unreviewed' ? 1 : 0) - (wasDone ? 1 : 0);
      state.figures.mine += (o.by && o.by[state.annotator] ? 1 : 0) - (wasMine ? 1 : 0);
      state.figures.matching += (matches(o) ? 1 : 0) - (wasIn ? 1 : 0);
    }
    return true;
  }

  async function reloadAndAdvance(from, advance, updated) {
    const oldQueue = state.queue.slice();
    if (!updated || updated.length === 0 || !applyUpdates(updated)) await loadQuotes();
    computeQueue();
    if (advance) {
      const i = oldQueue.indexOf(from);
      let next = null;
      for (let j = i + 1; j < oldQueue.length && next === null; j++) if (state.queue.includes(oldQueue[j])) next = oldQueue[j];
      if (next === null && await nextPage()) next = state.queue[0] || null;
      if (next === null) next = state.queue.find((r) => r !== from) || null;
      state.current = next;
    }
    await render();
  }

  /**
   * The page after this one, when the filtered list goes on: the server's rows after the ones of this page that
   * still match (decided ones may have left the list). True when one was loaded.
   */
  async function nextPage() {
    const still = state.quotes.filter(matches).length;
    if (state.offset + still >= state.figures.matching) return false;
    state.offset += still;
    await loadQuotes();
    computeQueue();
    return state.queue.length > 0;
  }

  async function previousPage() {
    if (state.offset === 0) return false;
    state.offset = Math.max(0, state.offset - PAGE);
    await loadQuotes();
    computeQueue();
    return state.queue.length > 0;
  }

  async function decide(action, extra) {
    const q = state.current ? state.byRef.get(state.current) : null;
    if (!q) return;
    // the version the page shows: a colleague's later decision is never overwritten silently (HTTP 409)
    const body = Object.assign({ annotator: state.annotator, doc: q.doc, quote: q.id, action: action,
      version: q.version, blind: state.blind, adjudication: state.curate }, remark(action), extra || {});
    await send(body, q);
  }

  /** The reason (for a rejection), note and unsure flag the annotator set for this decision. */
  function remark(action) {
    const r = { note: $('r-note').value.trim(), unsure: $('r-unsure').checked };
    if (action === 'reject') r.reason = $('r-reason').value;
    return r;
  }

  function resetRemark() {
    $('r-note').value = '';
    $('r-unsure').checked = false;
    $('r-reason').value = 'not-speech';
  }

  function remarkText(r) {
    if (!r) return '';
    const parts = [];
    if (r.reason) parts.push(r.reason);
    if (r.unsure) parts.push('unsure');
    if (r.note) parts.push('“' + r.note + '”');
    return parts.length ? ' (' + parts.join(', ') + ')' : '';
  }

  /**
   * Sends a decision on quote {@code q} (null for an added quote). Once it is saved, {@code after(res)} updates the
   * view; without one, the page moves on to the next quote.
   */
  async function send(body, q, after) {
    hideConflict();
    document.body.dataset.busy = 'true';  // lets tests (and CSS) know the view is about to change
    try {
      const res = await api('/api/decide', body);
      if (!res.saved) throw new Error('not saved');
      const also = res.also && res.also.length ? ' (and ' + res.also.length + ' with the same evidence)' : '';
      setSaved('Saved: ' + body.action + ' ' + res.doc + ' ' + res.quote + ' → ' + res.state.status + also, true);
      resetRemark();
      if (after) await after(res);
      else await reloadAndAdvance(ref(q), true, [res.item].concat(res.also_items || []).filter(Boolean));
    } catch (e) {
      if (e.status === 409 && e.data && e.data.conflict && q) {
        await showConflict(e.data, body, q);
      } else {
        setSaved('NOT saved: ' + e.message, false);
      }
    } finally {
      document.body.dataset.busy = 'false';
    }
  }

  /** {@code item} in the page's list as the server sent it, kept there even when the filters leave it out. */
  function keepInList(item) {
    const r = ref(item);
    if (state.byRef.has(r)) {
      Object.assign(state.byRef.get(r), item);
    } else {
      state.quotes.push(item);
      state.byRef.set(r, item);
    }
  }

  /** Someone decided on the quote after this page loaded it: show their decision; keep it or apply ours on top. */
  async function showConflict(c, body, q) {
    setSaved('NOT saved: the quote changed while you looked at it', false);
    await loadQuotes();
    const r = ref(q);
    // out of the filtered list now (decided): keep it on screen with the colleague's decision
    if (c.item) keepInList(c.item);
    computeQueue();
    state.current = r;
    await render();
    const st = c.state || {};
    $('conflict-text').textContent = (c.by || 'Someone') + ' decided ' + (c.action || '') + (c.at ? ' at ' + c.at : '')
      + ' after this page loaded ' + q.doc + ' ' + q.id + ': it is now ' + (st.status || '?')
      + (st.speaker ? ', speaker ' + st.speaker : '') + (st.kind ? ', kind ' + st.kind : '')
      + '. Your ' + body.action + ' was not saved.';
    state.conflict = { body: Object.assign({}, body, { version: c.version }), q: q };
    $('conflict').hidden = false;
    document.body.dataset.conflict = 'true';
  }

  function hideConflict() {
    state.conflict = null;
    $('conflict').hidden = true;
    document.body.dataset.conflict = 'false';
  }

  function keepTheirs() {
    hideConflict();
    setSaved('Kept the colleague\'s decision', true);
  }

  function applyMine() {
    const c = state.conflict;
    if (!c) return;
    send(c.body, c.q);
  }

  async function undo() {
    document.body.dataset.busy = 'true';
    try {
      const res = await api('/api/undo', { annotator: state.annotator, blind: state.blind });
      if (!res.saved) { setSaved(res.message || 'nothing to undo', false); return; }
      setSaved('Saved: undo ' + res.doc + ' ' + res.quote + ' → ' + res.state.status, true);
      // an undone added quote or span change changes the document's quotes: fetch it again when shown
      state.docs.delete(res.doc);
      if (!res.item || !applyUpdates([res.item])) await loadQuotes();
      computeQueue();
      const r = res.doc + KEY_SEP + res.quote;
      if (state.byRef.has(r)) state.current = r;
      await render();
    } catch (e) {
      setSaved('NOT saved: ' + e.message, false);
    } finally {
      document.body.dataset.busy = 'false';
    }
  }

  async function move(delta) {
    hideConflict();
    if (state.queue.length === 0) return;
    const i = state.queue.indexOf(state.current);
    if (i === state.queue.length - 1 && delta > 0 && await nextPage()) {
      state.current = state.queue[0];
    } else if (i === 0 && delta < 0 && await previousPage()) {
      state.current = state.queue[state.queue.length - 1];
    } else {
      const j = i < 0 ? 0 : Math.min(state.queue.length - 1, Math.max(0, i + delta));
      state.current = state.queue[j];
    }
    render();
  }

  function closeForms() {
    $('speaker-form').hidden = true;
    $('kind-form').hidden = true;
    $('add-form').hidden = true;
    $('span-editor').hidden = true;
    document.body.dataset.picking = 'false';
    document.body.dataset.adding = 'false';
    const pending = state.spanEdit || state.adding;
    state.spanEdit = null;
    state.adding = null;
    return pending;
  }

  /** Esc: closes the forms; a span being edited or a quote being added goes back to the quote's own span. */
  function cancelForms() {
    if (closeForms()) spans.showPending();
  }

  async function openSpeakerForm() {
    const q = state.current ? state.byRef.get(state.current) : null;
    if (!q) return;
    const sel = $('speaker-select');
    while (sel.options.length > 1) sel.remove(1);
    // words the annotator selected in the passage: the name they are about to type
    const picked = window.getSelection();
    const selected = picked && !picked.isCollapsed && $('passage').contains(picked.anchorNode)
      ? picked.toString().trim().slice(0, 200) : '';
    const doc = await loadDoc(q.doc);
    fillEntities(sel, doc);
    $('speaker-input').value = selected;
    filterPicker();
    const same = (doc.quotes || []).filter((x) => x.id !== q.id && q.mention_start !== undefined
      && q.mention_start !== null && x.mention_start === q.mention_start && x.mention_end === q.mention_end).length;
    $('same-mention').checked = false;
    $('same-mention-count').textContent = String(same);
    $('same-mention-label').hidden = same === 0;
    $('kind-form').hidden = true;
    $('speaker-form').hidden = false;
    document.body.dataset.picking = 'true';
    sel.focus();
  }

  /** The document's entities in a picker: people first, then organisations, then the rest; by name within each. */
  function fillEntities(sel, doc) {
    while (sel.options.length > 1) sel.remove(1);
    const rank = (t) => (t === 'PERSON' ? 0 : t === 'ORGANIZATION' ? 1 : 2);
    const entities = doc.entities.slice().sort((a, b) => (rank(a.type) - rank(b.type)) || a.name.localeCompare(b.name));
    for (const e of entities) {
      const label = e.name + ' (' + e.type + (e.entity_id ? ', ' + e.entity_id : '') + ')';
      const o = new Option(label, e.id);
      o.dataset.name = e.name.toLowerCase();
      sel.add(o);
    }
    sel.value = '';
  }

  /** The typed name filters the entity list: any entity whose name holds it, anywhere. */
  function filterPicker() {
    const typed = $('speaker-input').value.trim().toLowerCase();
    for (const o of $('speaker-select').options) {
      if (!o.value) continue;
      o.hidden = typed !== '' && !o.dataset.name.includes(typed);
    }
  }

  /**
   * With the speaker form open, a click on a name in the text sets that entity as the speaker, and those words as
   * its evidence; with the add form open, it picks the new quote's speaker the same way.
   */
  function clickMention(ev) {
    const adding = !$('add-form').hidden;
    if ($('speaker-form').hidden && !adding) return;
    const m = ev.target.closest ? ev.target.closest('mark.ent') : null;
    if (!m || !m.dataset.entity) return;
    ev.preventDefault();
    const evidence = { mention_start: Number(m.dataset.start), mention_end: Number(m.dataset.end) };
    if (adding) {
      $('add-select').value = m.dataset.entity;
      $('add-input').value = '';
      spans.saveAdd(null, evidence);
      return;
    }
    $('speaker-select').value = m.dataset.entity;
    $('speaker-input').value = '';
    saveSpeaker(null, evidence);
  }

  function saveSpeaker(ev, evidence) {
    if (ev) ev.preventDefault();
    const localId = $('speaker-select').value;
    const typed = $('speaker-input').value.trim();
    const sameMention = !$('same-mention-label').hidden && $('same-mention').checked;
    closeForms();
    decide('correct-speaker', Object.assign({ speaker: typed, speaker_local_id: localId || null, same_mention: sameMention },
      evidence || {}));
  }

  function openKindForm() {
    const q = state.current ? state.byRef.get(state.current) : null;
    if (!q) return;
    const box = $('kind-buttons');
    box.replaceChildren();
    ['direct', 'fragment', 'indirect', 'other'].forEach((k, i) => {
      const b = el('button', null);
      b.type = 'button';
      b.id = 'kind-' + k;
      b.append(k + ' ', el('kbd', String(i + 1)));
      b.addEventListener('click', () => chooseKind(k));
      box.appendChild(b);
    });
    $('speaker-form').hidden = true;
    $('kind-form').hidden = false;
  }

  function chooseKind(k) {
    closeForms();
    decide('change-kind', { kind: k });
  }

  function toggleView() {
    $('f-view').value = $('f-view').value === 'one' ? 'list' : 'one';
    render();
  }

  function onKey(ev) {
    const t = ev.target;
    const typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
    if (ev.key === 'Escape') { cancelForms(); if (typing) t.blur(); return; }
    if (!$('speaker-form').hidden && ev.key === 'Enter' && typing) { saveSpeaker(ev); return; }
    if (!$('add-form').hidden && ev.key === 'Enter') { spans.saveAdd(ev); return; }
    if (state.spanEdit && !typing) {
      // the span editor takes the arrows and Enter; nothing else decides while it is open
      if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
        ev.preventDefault();
        const right = ev.key === 'ArrowRight';
        // without Shift the end moves (right: longer); with Shift the start moves (left: longer)
        if (ev.shiftKey) spans.adjustSpan(false, !right); else spans.adjustSpan(true, right);
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        spans.saveSpan();
      }
      return;
    }
    if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (!$('kind-form').hidden && /^[1-4]$/.test(ev.key)) {
      chooseKind(['direct', 'fragment', 'indirect', 'other'][Number(ev.key) - 1]);
      ev.preventDefault();
      return;
    }
    const key = ev.key.length === 1 ? ev.key.toLowerCase() : ev.key;
    // decisions act only on the quote in view: the list view shows many, none of them is "the" quote
    if ($('f-view').value !== 'one' && ['a', 'r', 'c', 'k', 'u', 'e', '+'].includes(key)) {
      ev.preventDefault();
      setSaved('Open a quote (click its row, or L) to decide on it', false);
      return;
    }
    const actions = {
      a: () => decide('accept'), r: () => decide('reject'), c: openSpeakerForm, k: openKindForm,
      s: () => move(1), ArrowRight: () => move(1), b: () => move(-1), ArrowLeft: () => move(-1),
      u: undo, l: toggleView, '?': () => $('keys').scrollIntoView(),
      n: () => $('r-note').focus(), q: () => { $('r-unsure').checked = !$('r-unsure').checked; },
      e: spans.changeSpan, '+': spans.openAddForm,
    };
    const f = actions[key];
    if (f) { ev.preventDefault(); f(); }
  }

  async function start() {
    initAnnotator();
    $('btn-accept').addEventListener('click', () => decide('accept'));
    $('btn-reject').addEventListener('click', () => decide('reject'));
    $('btn-correct').addEventListener('click', openSpeakerForm);
    $('btn-kind').addEventListener('click', openKindForm);
    $('btn-skip').addEventListener('click', () => move(1));
    $('btn-prev').addEventListener('click', () => move(-1));
    $('btn-undo').addEventListener('click', undo);
    $('btn-keep-theirs').addEventListener('click', keepTheirs);
    $('btn-apply-mine').addEventListener('click', applyMine);
    $('speaker-form').addEventListener('submit', saveSpeaker);
    $('speaker-input').addEventListener('input', filterPicker);
    $('passage').addEventListener('click', clickMention);
    $('r-note').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); ev.target.blur(); } });
    $('btn-cancel-speaker').addEventListener('click', closeForms);
    $('btn-cancel-kind').addEventListener('click', closeForms);
    $('btn-span').addEventListener('mousedown', spans.noteSelection);
    $('btn-span').addEventListener('click', spans.changeSpan);
    $('btn-add').addEventListener('mousedown', spans.noteSelection);
    $('btn-add').addEventListener('click', spans.openAddForm);
    $('btn-save-span').addEventListener('click', () => spans.saveSpan());
    $('btn-cancel-span').addEventListener('click', cancelForms);
    $('add-form').addEventListener('submit', spans.saveAdd);
    $('btn-cancel-add').addEventListener('click', cancelForms);

    for (const id of ['f-doc', 'f-kind', 'f-method', 'f-status', 'f-conf', 'f-order']) {
      $(id).addEventListener('change', refilter);
    }
    $('f-doc').addEventListener('input', suggestDocs);
    $('f-view').addEventListener('change', render);
    $('e-search').addEventListener('input', entities.searchEntities);
    $('e-merge-search').addEventListener('input', entities.searchMergeCandidates);
    $('btn-e-split').addEventListener('click', () => entities.entityDecide({ action: 'split',
      names: [...document.querySelectorAll('#e-names input:checked')].map((c) => c.value) }));
    $('btn-e-type').addEventListener('click', () => entities.entityDecide({ action: 'type', type: $('e-type').value }));
    $('btn-e-merge').addEventListener('click', () => entities.entityDecide({ action: 'merge', other: $('e-merge-select').value }));
    $('btn-entity-undo').addEventListener('click', entities.entityUndo);
    document.addEventListener('keydown', onKey);
    try {
      await loadQuotes();
      computeQueue();
      state.current = state.queue[0] || null;
      render();
      document.body.dataset.ready = 'true';
    } catch (e) {
      setSaved('cannot load quotes: ' + e.message, false);
    }
  }

  // the entity view (entities.js) and span editing (spans.js) share these helpers and the page state
  const shared = { $, el, api, setSaved, state, textStarts, closeForms, computeQueue, fillEntities, keepInList, loadDoc,
    loadQuotes, passageNodes, ref, remark, render, send };
  const entities = window.newsquotesEntities(shared);
  const spans = window.newsquotesSpans(shared);

  start();
}());
