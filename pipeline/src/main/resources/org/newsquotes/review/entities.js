// newsquotes review page, the entity view: find an entity, split names off it, set its type, merge another into it. Loaded before app.js, which calls the factory below with the helpers and state it
// shares (see app.js); all article text is put into the page as text only, as in app.js.
'use strict';

window.newsquotesEntities = function (app) {
  const { $, el, api, setSaved, state } = app;

  /** The entities matching the search box, from the server; the one selected stays open. */
  async function searchEntities() {
    const q = $('e-search').value.trim();
    const seq = (state.entitySearch = (state.entitySearch || 0) + 1);
    let data;
    try {
      data = await api('/api/entities?limit=50&q=' + encodeURIComponent(q));
    } catch (e) {
      setSaved('cannot load entities: ' + e.message, false);
      return;
    }
    if (seq !== state.entitySearch) return;  // a later keystroke's search answers instead
    state.entityTypes = data.types;
    const body = $('e-body');
    body.replaceChildren();
    for (const e of data.entities) {
      const tr = document.createElement('tr');
      tr.dataset.entity = e.id;
      if (state.entity && state.entity.id === e.id) { tr.className = 'current'; state.entity = e; }
      for (const v of [e.name + ' [' + e.id + ']', e.type + (e.outlet ? ' (outlet)' : ''), e.names.join(' | '), e.mentions,
        e.documents, e.decisions.map((d) => d.action).join(', ') || '—']) tr.appendChild(el('td', v));
      tr.addEventListener('click', () => { state.entity = e; renderEntityPanel(); searchEntities(); });
      body.appendChild(tr);
    }
    document.body.dataset.entitiesReady = 'true';
    document.body.dataset.entitiesQuery = q;  // what the list shows (tests wait for it)
  }

  function renderEntityPanel() {
    const e = state.entity;
    $('e-panel').hidden = !e;
    if (!e) return;
    $('e-title').textContent = e.name + ' (' + e.type + ', ' + e.id + ')';
    $('e-names').replaceChildren(...e.names.map((n) => {
      const l = el('label', null);
      const c = document.createElement('input');
      c.type = 'checkbox';
      c.value = n;
      l.append(c, ' ' + n);
      return l;
    }));
    const t = $('e-type');
    t.replaceChildren(...(state.entityTypes || []).map((x) => new Option(x, x)));
    t.value = e.type;
    $('e-merge-select').replaceChildren();
    $('e-merge-search').value = '';
    $('e-decisions').replaceChildren(...e.decisions.map((d) => el('li', d.annotator + ' ' + d.action + ': '
      + (d.action === 'type' ? d.type : d.action === 'split' ? d.names.join(' | ') + ' apart from ' + d.others.join(' | ')
        : d.others.join(' | ') + ' into ' + d.canonical) + ' (' + d.time + ')')));
  }

  /** The other entities matching the merge box, to pick the one to merge into the open entity. */
  async function searchMergeCandidates() {
    const q = $('e-merge-search').value.trim();
    const seq = (state.mergeSearch = (state.mergeSearch || 0) + 1);
    const data = await api('/api/entities?limit=20&q=' + encodeURIComponent(q));
    if (seq !== state.mergeSearch) return;
    document.body.dataset.mergeQuery = q;
    $('e-merge-select').replaceChildren(...data.entities.filter((x) => !state.entity || x.id !== state.entity.id)
      .map((x) => new Option(x.name + ' (' + x.type + ', ' + x.id + ')', x.id)));
  }

  async function entityDecide(body) {
    try {
      const res = await api('/api/entity-decide', Object.assign({ annotator: state.annotator, entity: state.entity.id }, body));
      setSaved('Saved: entity ' + body.action + ' ' + state.entity.id + ' (applies on the next annotate)', true);
      if (res.entity) state.entity = res.entity;
      renderEntityPanel();
      await searchEntities();
    } catch (e) {
      setSaved('NOT saved: ' + e.message, false);
    }
  }

  async function entityUndo() {
    try {
      const res = await api('/api/entity-undo', { annotator: state.annotator });
      setSaved(res.saved ? 'Saved: entity undo ' + res.decision.entity_id : res.message, res.saved);
      await searchEntities();
      renderEntityPanel();
    } catch (e) {
      setSaved('NOT saved: ' + e.message, false);
    }
  }

  return { searchEntities, searchMergeCandidates, entityDecide, entityUndo, renderEntityPanel };
};
