'use strict';
// The queue list: filters, counts, and "start reviewing" (leases the next open task).
(function () {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);

  function text(tag, value, cls) {
    const el = document.createElement(tag);
    el.textContent = value == null ? '' : String(value);
    if (cls) el.className = cls;
    return el;
  }

  function message(msg, isError) {
    const m = $('message');
    m.textContent = msg;
    m.className = 'message' + (isError ? ' error' : '');
    m.hidden = !msg;
  }

  async function api(path, options) {
    const res = await fetch(path, options);
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || res.statusText);
    return body;
  }

  async function load() {
    const q = new URLSearchParams();
    for (const k of ['state', 'field', 'document']) {
      const v = $(k).value.trim();
      if (v) q.set(k, v);
    }
    const data = await api('/api/tasks?' + q.toString());
    $('counts').textContent = '';
    $('counts').append(text('span', data.counts.OPEN + ' open'), text('span', data.counts.RESOLVED + ' resolved'));
    $('reviewer').textContent = 'reviewing as ' + data.reviewer;
    const field = $('field');
    if (field.options.length === 1) {
      for (const f of data.fields) field.append(new Option(f, f));
      field.value = params.get('field') || '';
    }
    const body = $('tasks').tBodies[0];
    body.textContent = '';
    for (const t of data.tasks) {
      const tr = document.createElement('tr');
      tr.dataset.id = t.id;
      const conf = document.createElement('td');
      conf.className = 'num';
      const bar = document.createElement('span');
      bar.className = 'conf';
      const fill = document.createElement('i');
      fill.style.width = Math.round(t.confidence * 100) + '%';
      bar.append(fill);
      conf.append(bar, document.createTextNode(t.confidence.toFixed(2)));
      tr.append(text('td', t.id, 'num'), text('td', t.documentId), text('td', t.field),
        text('td', t.proposedValue), conf);
      const st = document.createElement('td');
      st.append(text('span', t.state === 'OPEN' && t.claimedBy ? 'OPEN · ' + t.claimedBy : t.state, 'state ' + t.state));
      tr.append(st, text('td', t.finalValue), text('td', t.resolvedBy));
      tr.addEventListener('click', () => { location.href = '/task/' + t.id; });
      body.append(tr);
    }
    if (data.tasks.length === 0) message('No tasks match.', false);
    else message('', false);
  }

  async function start() {
    try {
      const data = await api('/api/next', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      if (data.task) location.href = '/task/' + data.task.id;
      else message('The queue is empty: nothing left to review.', false);
    } catch (e) { message(e.message, true); }
  }

  for (const k of ['state', 'field', 'document']) {
    if (params.has(k)) $(k).value = params.get(k);
  }
  if (params.get('done')) message('The queue is empty: nothing left to review.', false);
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    load().catch((err) => message(err.message, true));
  });
  $('state').addEventListener('change', () => load().catch((err) => message(err.message, true)));
  $('field').addEventListener('change', () => load().catch((err) => message(err.message, true)));
  $('start').addEventListener('click', start);
  document.addEventListener('keydown', (e) => {
    if (e.target.tagName === 'INPUT' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'n' || e.key === 'N') { e.preventDefault(); start(); }
  });
  load().catch((err) => message(err.message, true));
})();
