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
  function apply() {
    var words = fold(text.value).split(/\s+/).filter(Boolean);
    var wanted = purpose.value;
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok = (!wanted || row.getAttribute('data-purpose') === wanted)
        && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    status.textContent = window.vungcaoCore.t('shownRows', shown, rows.length);
  }
  text.addEventListener('input', apply);
  purpose.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
})();
