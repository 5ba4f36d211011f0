// newsquotes review page, changing a quote's span and adding a quote the pipeline missed, from words selected in the article. Loaded before app.js, which calls the factory below with the helpers and state it
// shares (see app.js); all article text is put into the page as text only, as in app.js.
'use strict';

window.newsquotesSpans = function (app) {
  const { $, setSaved, state, textStarts, closeForms, computeQueue, fillEntities, keepInList, loadDoc, loadQuotes,
    passageNodes, ref, remark, render, send } = app;

  /** The document offset of a DOM point (container, offset) inside the passage, or null outside it. */
  function pointOffset(container, off) {
    if (container.nodeType === Node.TEXT_NODE) {
      const base = textStarts.get(container);
      return base === undefined ? null : base + off;
    }
    const texts = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
    if (texts.length === 0) return null;
    const child = container.childNodes[off];
    const after = child ? texts.find((t) => child === t || child.contains(t)) : null;
    if (after) return textStarts.get(after);
    const last = texts[texts.length - 1];
    return textStarts.has(last) ? textStarts.get(last) + last.length : null;
  }

  /** The words selected in the passage now, as document offsets of the quote on screen's document; else null. */
  function liveSelection() {
    const sel = window.getSelection();
    const q = state.current ? state.byRef.get(state.current) : null;
    if (!q || !sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const r = sel.getRangeAt(0);
    if (!$('passage').contains(r.startContainer) || !$('passage').contains(r.endContainer)) return null;
    const start = pointOffset(r.startContainer, r.startOffset);
    const end = pointOffset(r.endContainer, r.endOffset);
    return start === null || end === null || end <= start ? null : { doc: q.doc, start: start, end: end };
  }

  /** Pressing a button may clear the selection before its click: the selection as the press began. */
  function noteSelection() {
    state.selection = liveSelection();
  }

  /** The words selected for the quote on screen: selected now, or as the button was pressed; used once. */
  function currentSelection(q) {
    const s = liveSelection() || state.selection;
    state.selection = null;
    return s && q && s.doc === q.doc ? s : null;
  }

  /** E: the selected words become the quote's span; with none selected, adjust the span with the arrow keys. */
  async function changeSpan() {
    const q = state.current ? state.byRef.get(state.current) : null;
    if (!q) return;
    const sel = currentSelection(q);
    if (sel) { await saveSpan(sel); return; }
    closeForms();
    state.spanEdit = { start: q.start, end: q.end };
    $('span-editor').hidden = false;
    await showPending();
  }

  /** Shows the span being edited (E) or added (+) in the passage and under the buttons. */
  async function showPending() {
    const q = state.current ? state.byRef.get(state.current) : null;
    if (!q) return;
    const doc = await loadDoc(q.doc);
    const p = state.spanEdit || state.adding;
    if (p) {
      $(state.spanEdit ? 'span-text' : 'add-text').textContent = doc.text.slice(p.start, p.end);
    }
    $('passage').replaceChildren(...passageNodes(doc, q));
    const focus = $('passage').querySelector('mark.quote');
    if (focus) focus.scrollIntoView({ block: 'center' });
  }

  const SPACE = /\s/;
  /** The span moved by one word: which end, and out (longer) or in (shorter). */
  function stepSpan(text, span, atEnd, longer) {
    let { start, end } = span;
    if (atEnd && longer) {
      while (end < text.length && SPACE.test(text[end])) end++;
      while (end < text.length && !SPACE.test(text[end])) end++;
    } else if (atEnd) {
      let e = end;
      while (e > start && !SPACE.test(text[e - 1])) e--;
      while (e > start && SPACE.test(text[e - 1])) e--;
      if (e > start) end = e;
    } else if (longer) {
      while (start > 0 && SPACE.test(text[start - 1])) start--;
      while (start > 0 && !SPACE.test(text[start - 1])) start--;
    } else {
      let b = start;
      while (b < end && !SPACE.test(text[b])) b++;
      while (b < end && SPACE.test(text[b])) b++;
      if (b < end) start = b;
    }
    return { start: start, end: end };
  }

  async function adjustSpan(atEnd, longer) {
    const q = state.byRef.get(state.current);
    const doc = await loadDoc(q.doc);
    state.spanEdit = stepSpan(doc.text, state.spanEdit, atEnd, longer);
    await showPending();
  }

  async function saveSpan(span) {
    const q = state.current ? state.byRef.get(state.current) : null;
    const s = span || state.spanEdit;
    closeForms();
    if (!q || !s) return;
    state.selection = null;
    const body = Object.assign({ annotator: state.annotator, doc: q.doc, quote: q.id, action: 'change-span',
      start: s.start, end: s.end, version: q.version, blind: state.blind, adjudication: state.curate }, remark('change-span'));
    await sendEdit(body, q);
  }

  /** +: the selected words become a new quote; the form asks for its kind and speaker. */
  async function openAddForm() {
    const q = state.current ? state.byRef.get(state.current) : null;
    const sel = currentSelection(q);
    if (!sel) {
      setSaved('Select the words of the missed quote in the text first, then press + (or the button)', false);
      return;
    }
    closeForms();
    state.adding = sel;
    const doc = await loadDoc(sel.doc);
    fillEntities($('add-select'), doc);
    $('add-input').value = '';
    $('add-kind').value = 'direct';
    $('add-form').hidden = false;
    document.body.dataset.adding = 'true';
    await showPending();
    $('add-kind').focus();
  }

  function saveAdd(ev, evidence) {
    if (ev) ev.preventDefault();
    const a = state.adding;
    const q = state.current ? state.byRef.get(state.current) : null;
    const localId = $('add-select').value;
    const body = Object.assign({ annotator: state.annotator, doc: a.doc, action: 'add-quote', start: a.start, end: a.end,
      kind: $('add-kind').value, speaker: $('add-input').value.trim(), speaker_local_id: localId || null,
      blind: state.blind, adjudication: state.curate }, remark('add-quote'), evidence || {});
    closeForms();
    state.selection = null;
    sendEdit(body, q);
  }

  /**
   * Sends a decision that changes which words are quotes: the document's quotes change, so its cached copy and the
   * list are fetched again; the page stays on the edited (or added) quote.
   */
  function sendEdit(body, q) {
    return send(body, q, async (res) => {
      state.docs.delete(res.doc);
      await loadQuotes();
      if (res.item) keepInList(res.item);
      computeQueue();
      if (res.item) state.current = ref(res.item);
      await render();
    });
  }

  return { noteSelection, changeSpan, showPending, adjustSpan, saveSpan, openAddForm, saveAdd };
};
