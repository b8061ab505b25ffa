/* Công khai: search without a server. Loads the index made at bake time and matches with or without
   diacritics (đ = d); pages whose words match the tones as typed come first. No framework. */
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('ket-qua');
  var status = document.getElementById('trang-thai');
  if (!input || !list || !window.fetch) { return; }
  var index = null;

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  function terms(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  function score(page, typed, folded) {
    var title = page[0].toLowerCase();
    var text = title + ' ' + page[5];
    var foldedTitle = fold(title);
    var foldedText = fold(text);
    var total = 0;
    for (var i = 0; i < typed.length; i++) {
      if (foldedText.indexOf(folded[i]) < 0) { return 0; }
      if (title.indexOf(typed[i]) >= 0) { total += 8; }
      else if (text.indexOf(typed[i]) >= 0) { total += 4; }
      else if (foldedTitle.indexOf(folded[i]) >= 0) { total += 2; }
      else { total += 1; }
    }
    return total;
  }

  function show(query) {
    list.textContent = '';
    var typed = terms(query);
    if (!index || typed.length === 0) { status.textContent = ''; return; }
    var folded = typed.map(fold);
    var found = [];
    index.d.forEach(function (page, order) {
      var s = score(page, typed, folded);
      if (s > 0) { found.push({ page: page, score: s, order: order }); }
    });
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    found.slice(0, 50).forEach(function (hit) {
      var p = hit.page;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '../' + p[1];
      link.textContent = p[0];
      var meta = document.createElement('span');
      meta.className = 'doc-meta';
      meta.textContent = [index.s[p[2]], p[3]].filter(Boolean).join(' · ');
      var snippet = document.createElement('p');
      snippet.className = 'trich';
      snippet.textContent = p[4];
      item.appendChild(link);
      item.appendChild(meta);
      item.appendChild(snippet);
      list.appendChild(item);
    });
    status.textContent = found.length === 0 ? 'Không tìm thấy trang nào có "' + query + '".'
      : 'Tìm thấy ' + found.length + ' trang có "' + query + '".';
  }

  input.value = new URLSearchParams(window.location.search).get('q') || '';
  input.addEventListener('input', function () { show(input.value); });
  fetch('chi-muc.json').then(function (r) { return r.json(); }).then(function (data) {
    index = data;
    show(input.value);
  }).catch(function () {
    status.textContent = 'Không tải được dữ liệu tìm kiếm. Mời bạn xem theo từng mục ở đầu trang.';
  });
}());
