'use strict';
// One task: the page image with the field's box, the proposed value, accept / correct / skip.
(function () {
  const $ = (id) => document.getElementById(id);
  const id = Number(location.pathname.split('/').pop());
  const json = { 'Content-Type': 'application/json' };
  let task = null;
  let busy = false;

  function message(msg, isError) {
    const m = $('message');
    m.textContent = msg;
    m.className = 'message' + (isError ? ' error' : '');
    m.hidden = !msg;
  }

  async function api(path, options) {
    const res = await fetch(path, options);
    const body = await res.json();
    if (!res.ok) {
      const err = new Error(body.error || res.statusText);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  function setEnabled(enabled) {
    for (const b of ['accept', 'correct', 'skip', 'value']) $(b).disabled = !enabled;
  }

  function show(t) {
    task = t;
    document.title = t.field + ' · ' + t.documentId + ' · Recto review';
    $('title').textContent = '#' + t.id + ' ' + t.field + ' on ' + t.documentId;
    $('documentId').textContent = t.documentId;
    $('field').textContent = t.field + ' (' + t.fieldType.toLowerCase() + ')';
    $('pageNo').textContent = String(t.page + 1);
    $('confidence').textContent = t.confidence.toFixed(2);
    $('proposed').textContent = t.proposedValue === '' ? '(nothing extracted)' : t.proposedValue;
    $('value').value = t.state === 'RESOLVED' ? t.finalValue : t.proposedValue;
    $('lease').textContent = t.state === 'RESOLVED'
      ? 'resolved (' + t.resolution.toLowerCase() + ') by ' + t.resolvedBy
      : (t.leaseUntil ? 'leased to ' + t.claimedBy + ' until ' + new Date(t.leaseUntil).toLocaleTimeString() : '');
    const img = $('pageImage');
    img.onload = placeBox;
    img.src = '/api/tasks/' + t.id + '/image';
  }

  function placeBox() {
    const b = task && task.box;
    const box = $('box');
    const zoom = $('zoom');
    if (!b) { box.hidden = true; zoom.hidden = true; return; }
    const pad = 0.004;
    const l = Math.max(0, b.left - pad), t = Math.max(0, b.top - pad);
    const r = Math.min(1, b.right + pad), bo = Math.min(1, b.bottom + pad);
    box.style.left = (l * 100) + '%';
    box.style.top = (t * 100) + '%';
    box.style.width = ((r - l) * 100) + '%';
    box.style.height = ((bo - t) * 100) + '%';
    box.hidden = false;
    box.scrollIntoView({ block: 'center', inline: 'center' });
    // A magnified strip around the field: the box's line, scaled to the panel's width.
    const img = $('pageImage');
    const w = zoom.clientWidth || 306, h = 70;
    const cx = (b.left + b.right) / 2, cy = (b.top + b.bottom) / 2;
    const span = Math.min(1, Math.max(b.right - b.left + 0.08, 0.25));
    const scale = w / (span * img.naturalWidth);
    const bw = img.naturalWidth * scale, bh = img.naturalHeight * scale;
    zoom.style.backgroundImage = 'url("' + img.src + '")';
    zoom.style.backgroundSize = bw + 'px ' + bh + 'px';
    zoom.style.backgroundPosition = (w / 2 - cx * bw) + 'px ' + (h / 2 - cy * bh) + 'px';
    zoom.hidden = false;
  }

  async function next() {
    const data = await api('/api/next', { method: 'POST', headers: json, body: '{}' });
    location.href = data.task ? '/task/' + data.task.id : '/?done=1';
  }

  async function act(kind) {
    if (busy || !task || task.state === 'RESOLVED') return;
    busy = true;
    setEnabled(false);
    try {
      const body = kind === 'correct' ? JSON.stringify({ value: $('value').value }) : '{}';
      await api('/api/tasks/' + task.id + '/' + kind, { method: 'POST', headers: json, body });
      await next();
    } catch (e) {
      message(e.message, true);
      busy = false;
      setEnabled(true);
    }
  }

  $('accept').addEventListener('click', () => act('accept'));
  $('skip').addEventListener('click', () => act('skip'));
  $('form').addEventListener('submit', (e) => { e.preventDefault(); act('correct'); });
  window.addEventListener('resize', placeBox);
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.tagName === 'INPUT') {
      if (e.key === 'Escape') { e.target.blur(); e.preventDefault(); }
      return;
    }
    const k = e.key.toLowerCase();
    if (k === 'a') { e.preventDefault(); act('accept'); }
    else if (k === 's') { e.preventDefault(); act('skip'); }
    else if (k === 'e' || k === 'enter') { e.preventDefault(); $('value').focus(); $('value').select(); }
    else if (k === 'q') { e.preventDefault(); location.href = '/'; }
  });

  (async function init() {
    try {
      const t = await api('/api/tasks/' + id);
      if (t.state === 'RESOLVED') {
        show(t);
        setEnabled(false);
        message('Already resolved: ' + (t.finalValue === '' ? '(not on the document)' : t.finalValue), false);
        return;
      }
      try {
        show(await api('/api/tasks/' + id + '/claim', { method: 'POST', headers: json, body: '{}' }));
      } catch (e) {
        show(t);
        setEnabled(false);
        message(e.message, true);
      }
    } catch (e) {
      message(e.message, true);
      setEnabled(false);
    }
  })();
})();
