/* Công khai, province: one search across communes without a server. The index is in pieces made at bake time:
   tim-kiem/xa.json (the communes), tu-XX.json (the words whose first two letters without diacritics are XX, each
   with its pages as gaps between page numbers), trang-N.json (the pages, newest first, 100 a file). A query reads
   the word file of each word typed, then the page files of the pages it shows: a phone never fetches it all.
   Matches with or without diacritics (đ = d), as a commune's search does; the tones as typed rank first. */
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('ket-qua');
  var status = document.getElementById('trang-thai');
  if (!input || !list || !window.fetch) { return; }
  var SHOWN = 20;
  var meta = null;
  var files = {};
  var asked = 0;

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  function terms(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  /* A file of the index, fetched once; null when it does not exist (no word starts so). */
  function file(name) {
    if (!files[name]) {
      files[name] = fetch(name).then(function (r) {
        if (r.status === 404) { return null; }
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      });
    }
    return files[name];
  }

  function key(term) {
    return fold(term).replace(/[^a-z0-9]/g, '').slice(0, 2);
  }

  /* The pages of one term: page number -> 2 when a word has the tones as typed, 1 when only without them. */
  function pagesOf(term, words) {
    var found = {};
    var folded = fold(term);
    (words || []).forEach(function (w) {
      if (w[2] === undefined) { w[2] = fold(w[0]); }
      if (w[2].indexOf(folded) !== 0) { return; }
      var points = w[0].indexOf(term) === 0 ? 2 : 1;
      var id = 0;
      w[1].forEach(function (gap) {
        id += gap;
        if (!found[id] || found[id] < points) { found[id] = points; }
      });
    });
    return found;
  }

  function show(query) {
    var mine = ++asked;
    list.textContent = '';
    var typed = terms(query).filter(function (t) { return key(t).length === 2; });
    if (!meta || typed.length === 0) {
      status.textContent = query.trim() && meta ? 'Mời bạn gõ từ có ít nhất 2 chữ cái.' : '';
      return;
    }
    status.textContent = 'Đang tìm…';
    Promise.all(typed.map(function (t) { return file('tu-' + key(t) + '.json'); })).then(function (shards) {
      var score = null;
      typed.forEach(function (t, i) {
        var found = pagesOf(t, shards[i]);
        var next = {};
        Object.keys(score || found).forEach(function (id) {
          if (found[id] && (score === null || score[id])) { next[id] = (score ? score[id] : 0) + found[id]; }
        });
        score = next;
      });
      var ids = Object.keys(score).map(Number);
      ids.sort(function (a, b) { return score[b] - score[a] || a - b; });
      var top = ids.slice(0, SHOWN);
      var chunks = {};
      top.forEach(function (id) { chunks[Math.floor(id / meta.khoi)] = true; });
      return Promise.all(Object.keys(chunks).map(function (c) {
        return file('trang-' + c + '.json').then(function (pages) { chunks[c] = pages; });
      })).then(function () {
        if (mine !== asked) { return; }
        top.forEach(function (id) {
          var p = chunks[Math.floor(id / meta.khoi)][id % meta.khoi];
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = p[1];
          link.textContent = p[0];
          var line = document.createElement('span');
          line.className = 'doc-meta';
          line.textContent = [meta.xa[p[2]], p[3], p[4]].filter(Boolean).join(' · ');
          var snippet = document.createElement('p');
          snippet.className = 'trich';
          snippet.textContent = p[5];
          item.appendChild(link);
          item.appendChild(line);
          item.appendChild(snippet);
          list.appendChild(item);
        });
        status.textContent = ids.length === 0 ? 'Không tìm thấy văn bản nào có "' + query + '".'
          : 'Tìm thấy ' + ids.length + ' trang có "' + query + '"'
            + (ids.length > SHOWN ? ', hiện ' + SHOWN + ' trang đầu.' : '.');
      });
    }).catch(function () {
      if (mine === asked) { status.textContent = 'Không tải được dữ liệu tìm kiếm. Mời bạn thử lại.'; }
    });
  }

  input.value = new URLSearchParams(window.location.search).get('q') || '';
  var waiting = null;
  input.addEventListener('input', function () {
    clearTimeout(waiting);
    waiting = setTimeout(function () { show(input.value); }, 250);
  });
  file('xa.json').then(function (data) {
    meta = data;
    show(input.value);
  }).catch(function () {
    status.textContent = 'Không tải được dữ liệu tìm kiếm. Mời bạn xem trang của từng xã.';
  });
}());
