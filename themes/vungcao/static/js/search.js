/* The look-up page: a child's card by code (from the sealed code map), and the word search over
   news, schools, campaigns and waiting children, in Vietnamese with or without accents (the word
   index, fetched a shard at a time: core.js). A code, or the start of one, never fetches the word
   index. Everything shown comes from text nodes; nothing from the data is ever parsed as HTML. */
(function () {
  'use strict';

  var root = document.getElementById('tra-cuu');
  if (!root) return;
  var base = document.documentElement.getAttribute('data-base') || '/';
  var codesUrl = root.getAttribute('data-codes');
  var shardCount = parseInt(root.getAttribute('data-shards'), 10) || 1;
  var prefixes = (root.getAttribute('data-prefixes') || '').split(' ').filter(Boolean);
  var form = root.querySelector('form');
  var input = document.getElementById('q');
  var statusLine = document.getElementById('trang-thai');
  var cardBox = document.getElementById('the-em');
  var results = document.getElementById('ket-qua');

  var core = window.vungcaoCore;
  var codeKey = core.codeKey;
  var index = core.siteIndex(root);

  /** How many digits a code has, as in the example code (ML-0123: 4). */
  var digits = ((root.getAttribute('data-example') || '').match(/\d+/) || [''])[0].length;

  /** The config's code pattern (CodePattern allows only what reads alike in Java and JavaScript), or null. */
  var pattern = (function () {
    try {
      var p = root.getAttribute('data-code-pattern');
      return p ? new RegExp('^(?:' + p + ')$') : null;
    } catch (e) {
      return null;
    }
  })();

  /**
   * What the query is: 'code' (letters that start children's codes, then digits: ML-0123, ml 12;
   * or anything of the config's code pattern: ZZ-9999), 'partial' (a code still being typed: M,
   * ML, ML-01), or 'words'. "xa 7" and "lớp 5" are words: no code starts with XA,
   * XA-7 is not of the pattern, and a code has no accents.
   */
  function kind(query) {
    var s = query.toUpperCase().replace(/[\s._-]/g, '');
    var m = /^([A-Z]{1,6})(\d{0,6})$/.exec(s);
    if (!m) return 'words';
    if (m[2]) {
      // ML-01 is ML-0123 being typed (ML12 is ML-0012): no card until the code is whole
      if (prefixes.indexOf(m[1]) >= 0) return m[2].charAt(0) === '0' && m[2].length < digits ? 'partial' : 'code';
      if (pattern && (pattern.test(m[1] + '-' + m[2]) || pattern.test(s) || pattern.test(query.trim().toUpperCase()))) return 'code';
      return 'words';
    }
    return prefixes.some(function (p) { return p.lastIndexOf(m[1], 0) === 0; }) ? 'partial' : 'words';
  }

  /* ---- showing results, as text ---- */

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear() {
    cardBox.textContent = '';
    results.textContent = '';
    if (more) more.remove();
    more = null;
  }

  function say(text) {
    statusLine.textContent = text;
  }

  function showCard(card) {
    var article = el('article', 'card child-card lookup-card');
    if (card.photo) {
      var img = el('img', 'avatar');
      img.src = card.photo;
      img.alt = core.t('photoOf', card.name);
      img.width = 96;
      img.height = 96;
      article.appendChild(img);
    }
    var h = el('h2', 'card-title');
    var link = el('a', null, card.name);
    link.href = card.url;
    h.appendChild(link);
    h.appendChild(document.createTextNode(' '));
    h.appendChild(el('span', 'code', card.code));
    article.appendChild(h);
    var facts = el('dl', 'facts');
    function fact(label, value, href) {
      if (value === undefined || value === null || value === '') return;
      facts.appendChild(el('dt', null, label));
      var dd = el('dd');
      if (href) {
        var a = el('a', null, value);
        a.href = href;
        dd.appendChild(a);
      } else {
        dd.textContent = String(value);
      }
      facts.appendChild(dd);
    }
    fact(core.t('code'), card.code);
    fact(core.t('birthYear'), card.birthYear);
    fact(core.t('school'), card.school, card.schoolUrl);
    fact(core.t('grade'), card.grade);
    fact(core.t('status'), card.statusLabel);
    fact(core.t('since'), card.since);
    // the months the statements record for this code (no amounts), sealed in the card: offline too
    fact(core.t('support'), card.support);
    article.appendChild(facts);
    var more = el('p');
    var page = el('a', null, core.t('childPage', card.name) + ' →');
    page.href = card.url;
    more.appendChild(page);
    article.appendChild(more);
    cardBox.appendChild(article);
  }

  /** Results are shown ten at a time: each ten needs only the chunks of its own documents. */
  var PAGE = 10;
  var more = null;

  function showResults(rows) {
    rows.forEach(function (doc) {
      var li = el('li', 'result');
      var a = el('a', 'result-title', doc.title);
      a.href = base + doc.ref;
      li.appendChild(a);
      li.appendChild(el('span', 'result-type', doc.type));
      if (doc.snippet) li.appendChild(el('p', 'result-snippet', doc.snippet));
      results.appendChild(li);
    });
  }

  /** A button under the results for the next ten, while there are more. */
  function offerMore(hits, from, current) {
    if (more) more.remove();
    more = null;
    if (from >= hits.length) return;
    more = el('button', 'button more-results', core.t('moreResults', hits.length - from));
    more.type = 'button';
    more.addEventListener('click', function () {
      index.shown(hits.slice(from, from + PAGE).map(function (h) { return h.doc; })).then(function (rows) {
        if (current !== generation) return;
        showResults(rows);
        offerMore(hits, from + PAGE, current);
      });
    });
    results.after(more);
  }

  /* ---- running a query ---- */

  var generation = 0;

  function run(text, updateUrl) {
    var current = ++generation;
    var query = text.trim();
    if (updateUrl && window.history && history.replaceState) {
      var url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
      history.replaceState(null, '', url.pathname + url.search + url.hash);
    }
    if (!query) {
      clear();
      say('');
      return Promise.resolve();
    }
    var what = kind(query);
    if (what === 'partial') {
      clear();
      say(core.t('typingCode', query.toUpperCase(), root.getAttribute('data-example')));
      return Promise.resolve();
    }
    if (what === 'code') {
      var key = codeKey(query);
      say(core.t('findingCode', query.toUpperCase()));
      return core.findChild(key, codesUrl, shardCount).then(function (card) {
        if (current !== generation) return;
        clear();
        if (card) {
          say(core.t('foundCode', card.code));
          showCard(card);
        } else {
          say(core.t('noSuchCode', query.toUpperCase()));
        }
      }, function () {
        if (current !== generation) return;
        say(core.t('codesFailed'));
      });
    }
    say(core.t('searching'));
    return index.query(query).then(function (hits) {
      if (current !== generation) return null;
      return index.shown(hits.slice(0, PAGE).map(function (h) { return h.doc; })).then(function (rows) {
        if (current !== generation) return;
        clear();
        say(hits.length ? core.t('results', hits.length, query) : core.t('noResults', query));
        showResults(rows);
        offerMore(hits, PAGE, current);
      });
    }).catch(function () {
      if (current !== generation) return;
      say(core.t('searchFailed'));
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value, true); }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value, true);
  });

  var initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    run(initial, false);
  }
  /* ---- keeping the whole look-up for offline use (the service worker, sw.js, fetches it) ---- */

  var save = root.querySelector('.offline-save');
  if (save && 'serviceWorker' in navigator) {
    var saved = document.getElementById('luu-trang-thai');
    save.hidden = false;
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (!event.data) return;
      if (event.data.type === 'search-kept') saved.textContent = core.t('searchKept');
      if (event.data.type === 'search-not-kept') saved.textContent = core.t('searchNotKept');
    });
    document.getElementById('luu-offline').addEventListener('click', function () {
      saved.textContent = '';
      navigator.serviceWorker.ready.then(function (registration) {
        registration.active.postMessage({ type: 'keep-search' });
      }, function () {
        saved.textContent = core.t('searchNotKept');
      });
    });
  }

  root.setAttribute('data-ready', 'true');

  /* for the tests: the same functions the page uses */
  window.vungcaoSearch = { codeKey: codeKey, kind: kind, run: run, index: index };
})();
