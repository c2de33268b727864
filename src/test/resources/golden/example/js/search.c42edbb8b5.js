/* The look-up page: a child's card by code (from the sealed code map), and full-text search with
   Lunr over news, schools, campaigns and waiting children, in Vietnamese with or without accents.
   Everything shown comes from text nodes; nothing from the data is ever parsed as HTML. */
(function () {
  'use strict';

  var root = document.getElementById('tra-cuu');
  if (!root) return;
  var base = document.documentElement.getAttribute('data-base') || '/';
  var indexUrl = root.getAttribute('data-index');
  var codesUrl = root.getAttribute('data-codes');
  var shardCount = parseInt(root.getAttribute('data-shards'), 10) || 1;
  var lunrUrl = root.getAttribute('data-lunr');
  var form = root.querySelector('form');
  var input = document.getElementById('q');
  var statusLine = document.getElementById('trang-thai');
  var cardBox = document.getElementById('the-em');
  var results = document.getElementById('ket-qua');

  var core = window.vungcaoCore;
  var fold = core.fold;
  var trim = core.trim;
  var codeKey = core.codeKey;
  var looksLikeCode = core.looksLikeCode;
  var fetchJson = core.fetchJson;

  /* ---- full text ---- */

  function loadIndex() {
    return core.loadSearch(lunrUrl, indexUrl);
  }

  /** Every word must match, as a prefix, so results narrow while typing. */
  function fullText(data, text) {
    var terms = data.lunr.tokenizer(text).map(function (t) { return trim(fold(t.toString())); })
      .filter(function (t) { return t.length > 0; });
    if (!terms.length) return [];
    return data.index.query(function (query) {
      terms.forEach(function (term) {
        query.term(term, {
          presence: data.lunr.Query.presence.REQUIRED,
          // a single letter would expand to most of the index: match it whole
          wildcard: term.length > 1 ? data.lunr.Query.wildcard.TRAILING : data.lunr.Query.wildcard.NONE,
          usePipeline: false
        });
      });
    });
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
    article.appendChild(facts);
    var more = el('p');
    var page = el('a', null, core.t('childPage', card.name) + ' →');
    page.href = card.url;
    more.appendChild(page);
    article.appendChild(more);
    cardBox.appendChild(article);
  }

  function showResults(data, hits) {
    hits.slice(0, 30).forEach(function (hit) {
      var doc = data.docs[hit.ref];
      if (!doc) return;
      var li = el('li', 'result');
      var a = el('a', 'result-title', doc[0]);
      a.href = base + hit.ref;
      li.appendChild(a);
      li.appendChild(el('span', 'result-type', doc[1]));
      if (doc[2]) li.appendChild(el('p', 'result-snippet', doc[2]));
      results.appendChild(li);
    });
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
    if (looksLikeCode(query)) {
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
    return loadIndex().then(function (data) {
      if (current !== generation) return;
      var hits = fullText(data, query);
      clear();
      say(hits.length ? core.t('results', hits.length, query)
        : core.t('noResults', query));
      showResults(data, hits);
    }, function () {
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
  root.setAttribute('data-ready', 'true');

  /* for the tests: the same functions the page uses */
  window.vungcaoSearch = { fold: fold, codeKey: codeKey, vnNormalize: core.vnNormalize, run: run, loadIndex: loadIndex };
})();
