/* A month's statement: filter the rows by text and by purpose. Without JavaScript every row shows and
   the stylesheet hides the filters (@media (scripting: none)). */
(function () {
  'use strict';
  var form = document.querySelector('.ledger-filter');
  var table = document.querySelector('.ledger-rows');
  if (!form || !table) return;
  var text = document.getElementById('loc-chu');
  var purpose = document.getElementById('loc-muc-dich');
  var status = document.getElementById('loc-ket-qua');
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  // the folding of the look-up and the assistant (core.js, loaded first), the same as the generator's
  var fold = window.vungcaoCore.fold;
  var texts = rows.map(function (row) { return fold(row.textContent); });
  var vnd = function (row, kind) { return Number(row.querySelector('.' + kind).getAttribute('data-vnd')) || 0; };
  // money written as the page writes it: the digits grouped as in the page's language, then the page's own sign
  var sample = table.querySelector('td.in:not(:empty), td.out:not(:empty)');
  var sign = sample ? sample.textContent.replace(/^[\d.,]+/, '') : '';
  var group = document.documentElement.lang === 'en' ? ',' : '.';
  function money(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, group) + sign; }
  function apply() {
    var words = fold(text.value).split(/\s+/).filter(Boolean);
    var wanted = purpose.value;
    var shown = 0, moneyIn = 0, moneyOut = 0;
    rows.forEach(function (row, i) {
      var ok = (!wanted || row.getAttribute('data-purpose') === wanted)
        && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) {
        shown++;
        moneyIn += vnd(row, 'in');
        moneyOut += vnd(row, 'out');
      }
    });
    // the shown rows' own totals, beside the month's at the top
    status.textContent = window.vungcaoCore.t('shownTotals', shown, rows.length, money(moneyIn), money(moneyOut));
  }
  text.addEventListener('input', apply);
  purpose.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
})();
