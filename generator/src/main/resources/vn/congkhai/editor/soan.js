/*
 * Soạn thảo: the editor's only script. It helps and is never needed: every form works without it.
 * - Rows copied from a spreadsheet (Excel, LibreOffice: cells separated by tabs, rows by line breaks) pasted into a
 *   list's table fill its cells from the one pasted into, in the table's column order; rows past the last are added
 *   here by copying the last row, as "Thêm …" would add them, and nothing is saved until "Lưu".
 * - "Còn N ngày" beside a date that ends a period is said again as the date changes, in the words the page carries.
 * - Leaving a page of a long list with changes not saved asks first.
 */
(function () {
  'use strict';

  /** Spreadsheet text as rows of cells: tabs between cells, line breaks between rows, "…" around a cell with either. */
  function cellsOf(text) {
    var rows = [], row = [], cell = '', quoted = false, i = 0;
    text = text.replace(/\r\n?/g, '\n');
    while (i < text.length) {
      var c = text.charAt(i);
      if (quoted) {
        if (c === '"' && text.charAt(i + 1) === '"') { cell += '"'; i += 2; continue; }
        if (c === '"') { quoted = false; i++; continue; }
        cell += c; i++; continue;
      }
      if (c === '"' && cell === '') { quoted = true; i++; continue; }
      if (c === '\t') { row.push(cell); cell = ''; i++; continue; }
      if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; continue; }
      cell += c; i++;
    }
    if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
    return rows;
  }

  function same(a, b) {
    return a.normalize('NFC').trim().toLocaleLowerCase('vi') === b.normalize('NFC').trim().toLocaleLowerCase('vi');
  }

  /** A day as a date field takes it (2024-03-26), from 26/03/2024, 26-3-2024 or 2024-03-26; else as it was. */
  function isoDay(text) {
    var t = text.trim(), m = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(t);
    if (m) { return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2); }
    return t;
  }

  /** A pasted value into a cell's control, as an officer would have typed or chosen it. */
  function put(control, text) {
    if (control.tagName === 'SELECT') {
      var chosen = null;
      Array.prototype.forEach.call(control.options, function (o) {
        var label = o.text.replace(/\s*\([^()]*\)$/, '');
        if (!chosen && o.value !== '' && (same(o.value, text) || same(o.text, text) || same(label, text))) {
          chosen = o;
        }
      });
      if (!chosen && text.trim() !== '') { // kept as pasted, for the check to name it, as the page does for a file
        chosen = new Option(text.trim() + ' (không có trong danh sách)', text.trim());
        control.add(chosen);
      }
      control.value = chosen ? chosen.value : '';
    } else if (control.type === 'date') {
      control.value = isoDay(text);
      if (control.value === '' && text.trim() !== '') { control.type = 'text'; control.value = text.trim(); }
    } else {
      control.value = control.tagName === 'TEXTAREA' ? text : text.trim();
    }
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function controlsOf(tr) {
    var controls = [];
    Array.prototype.forEach.call(tr.cells, function (td) {
      var c = td.querySelector('input:not([type=hidden]), select, textarea');
      if (c) { controls.push(c); }
    });
    return controls;
  }

  /** A new empty row after the table's last, numbered as the server numbers rows. */
  function addRow(table) {
    var body = table.tBodies[0], last = body.rows[body.rows.length - 1];
    var list = table.getAttribute('data-con-tro'), noun = table.getAttribute('data-dong');
    var removeButton = last.querySelector('button[name=xoa]');
    var was = parseInt(removeButton.value.slice(list.length + 1), 10), now = was + 1;
    var row = last.cloneNode(true);
    var namePrefix = list + '/' + was + '/', idPrefix = table.id + '_' + was + '_';
    row.querySelectorAll('input[type=hidden], ul.loi').forEach(function (e) { e.remove(); });
    row.querySelectorAll('input, select, textarea').forEach(function (c) {
      c.name = c.name.replace(namePrefix, list + '/' + now + '/');
      c.id = c.id.replace(idPrefix, table.id + '_' + now + '_');
      c.removeAttribute('aria-invalid');
      c.removeAttribute('aria-describedby');
      if (c.hasAttribute('aria-label')) {
        c.setAttribute('aria-label', c.getAttribute('aria-label').replace(/thứ \d+$/, 'thứ ' + (now + 1)));
      }
      if (c.tagName === 'SELECT') { c.selectedIndex = 0; } else { c.value = ''; }
    });
    row.cells[0].textContent = String(now + 1);
    var button = row.querySelector('button[name=xoa]');
    button.value = list + '/' + now;
    button.textContent = 'Xoá ' + noun + ' thứ ' + (now + 1);
    body.appendChild(row);
    var count = table.closest('.truong').querySelector('input[type=hidden][name="n:' + list + '"]');
    count.value = String(parseInt(count.value, 10) + 1);
    return row;
  }

  function say(table, text) {
    var box = table.closest('.truong'), note = box.querySelector('.da-dan');
    if (!note) {
      note = document.createElement('p');
      note.className = 'da-dan thong-bao';
      note.setAttribute('role', 'status');
      table.closest('.bang-cuon').after(note);
    }
    note.textContent = text;
  }

  function pasted(event) {
    var target = event.target, table = target.closest && target.closest('table[data-con-tro]');
    if (!table || !target.closest('tbody')) { return; }
    var text = (event.clipboardData || window.clipboardData).getData('text/plain') || '';
    if (text.indexOf('\t') < 0 && !/\S[\r\n]+\S/.test(text)) { return; } // one value: the browser pastes it
    event.preventDefault();
    var rows = cellsOf(text), tr = target.closest('tr'), body = table.tBodies[0];
    var column = controlsOf(tr).indexOf(target), at = tr.sectionRowIndex, added = 0, left = 0;
    rows.forEach(function (cells, r) {
      var row = body.rows[at + r];
      if (!row) { row = addRow(table); added++; }
      var controls = controlsOf(row);
      cells.forEach(function (cell, c) {
        if (column + c < controls.length) { put(controls[column + c], cell); } else if (cell.trim()) { left++; }
      });
    });
    var noun = table.getAttribute('data-dong');
    say(table, 'Đã dán ' + rows.length + ' dòng từ bảng tính' + (added ? ' (thêm ' + added + ' ' + noun + ' mới)' : '')
      + (left ? '; ' + left + ' ô bên phải không có cột tương ứng nên không dán' : '')
      + '. Xem lại rồi bấm "Lưu" để ghi vào tệp.');
  }

  function number(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  }

  /** "Còn N ngày" again, from the day the page was made on and its own words. */
  function daysLeft(note, value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value), t = /^(\d{4})-(\d{2})-(\d{2})$/.exec(note.dataset.homNay);
    if (!m || !t) { note.textContent = ''; return; }
    var left = Math.round((Date.UTC(+m[1], m[2] - 1, +m[3]) - Date.UTC(+t[1], t[2] - 1, +t[3])) / 86400000);
    note.textContent = left === 0 ? note.dataset.cuoi
      : (left > 0 ? note.dataset.con : note.dataset.qua).replace('#', number(Math.abs(left)));
  }

  function start() {
    document.addEventListener('paste', pasted, true);
    document.querySelectorAll('p.con-ngay').forEach(function (note) {
      var field = document.querySelector('[aria-describedby~="' + note.id + '"]');
      if (!field) { return; }
      ['input', 'change'].forEach(function (kind) {
        field.addEventListener(kind, function () { daysLeft(note, field.value); });
      });
    });
    document.querySelectorAll('table[data-con-tro] tbody').forEach(function (body) {
      if (!body.rows.length) { return; } // no cell to paste into: "Thêm …" first, then the hint shows
      var hint = document.createElement('p');
      hint.className = 'goi-y';
      hint.textContent = 'Có thể dán nhiều dòng chép từ Excel: chọn các ô trong Excel, bấm Ctrl+C, bấm vào ô đầu '
        + 'tiên ở bảng này rồi bấm Ctrl+V; dòng thừa được thêm vào cuối.';
      body.closest('.bang-cuon').before(hint);
    });
    var form = document.querySelector('form[action$="/luu"]'), changed = false;
    if (form) {
      form.addEventListener('input', function () { changed = true; });
      document.querySelectorAll('nav.cac-trang a').forEach(function (link) {
        link.addEventListener('click', function (event) {
          if (changed && !window.confirm('Trang này có thay đổi chưa lưu. Sang trang khác thì các thay đổi đó '
              + 'sẽ mất. Vẫn sang trang?')) {
            event.preventDefault();
          }
        });
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
