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

  /* ---- text: the same folding as the generator's Java (Fold, LunrIndex.normalize) ---- */

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u0111\u0110]/g, 'd').toLowerCase();
  }

  function trim(text) {
    return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  }

  /** The Lunr pipeline function used at index time (by the build) and at query time. */
  function vnNormalize(token) {
    var value = trim(fold(token.toString()));
    if (!value) return undefined;
    return token.update(function () { return value; });
  }

  /** ML-0123, ml0123, "ML 123" and " ml-123 " all give ML123 (CodeKey in Java). */
  function codeKey(text) {
    var s = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
    var m = /^([A-Z]+)0*(\d+)$/.exec(s);
    return m ? m[1] + m[2] : null;
  }

  function looksLikeCode(text) {
    return /^\s*[A-Za-z]{1,4}[\s._-]*\d{1,6}\s*$/.test(text);
  }

  /* ---- the code map ---- */

  var shards = {};

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  function sha256(text) {
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then(function (buffer) {
      return new Uint8Array(buffer);
    });
  }

  function hex(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return out;
  }

  function fromBase64(text) {
    var raw = atob(text);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  /** The card of the child whose code has this key, or null. */
  function findChild(key) {
    return sha256('vungcao-code:' + key).then(function (id) {
      var shard = ((id[0] << 8) | id[1]) % shardCount;
      if (!shards[shard]) shards[shard] = fetchJson(codesUrl + shard + '.json');
      return shards[shard].then(function (entries) {
        var sealed = entries[hex(id.slice(0, 8))];
        if (!sealed) return null;
        return Promise.all([sha256('vungcao-key:' + key), sha256('vungcao-iv:' + key)]).then(function (derived) {
          return crypto.subtle.importKey('raw', derived[0].slice(0, 16), 'AES-GCM', false, ['decrypt'])
            .then(function (aes) {
              return crypto.subtle.decrypt({ name: 'AES-GCM', iv: derived[1].slice(0, 12) }, aes, fromBase64(sealed));
            })
            .then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
        });
      });
    });
  }

  /* ---- full text ---- */

  var searchData = null;

  function loadLunr() {
    if (window.lunr) return Promise.resolve(window.lunr);
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = lunrUrl;
      script.onload = function () { resolve(window.lunr); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loadIndex() {
    if (!searchData) {
      searchData = Promise.all([loadLunr(), fetchJson(indexUrl)]).then(function (loaded) {
        var lunr = loaded[0];
        lunr.Pipeline.registerFunction(vnNormalize, 'vnNormalize');
        return { lunr: lunr, index: lunr.Index.load(loaded[1].index), docs: loaded[1].docs };
      });
      searchData.catch(function () { searchData = null; });
    }
    return searchData;
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
      img.alt = 'Ảnh của em ' + card.name;
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
    fact('Mã số', card.code);
    fact('Năm sinh', card.birthYear);
    fact('Điểm trường', card.school, card.schoolUrl);
    fact('Lớp', card.grade);
    fact('Tình trạng', card.statusLabel);
    fact('Được nuôi từ', card.since);
    article.appendChild(facts);
    var more = el('p');
    var page = el('a', null, 'Xem trang của em ' + card.name + ' →');
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
      say('Đang tìm mã ' + query.toUpperCase() + '…');
      return findChild(key).then(function (card) {
        if (current !== generation) return;
        clear();
        if (card) {
          say('Đã tìm thấy em có mã ' + card.code + '.');
          showCard(card);
        } else {
          say('Không có em nào mang mã ' + query.toUpperCase() + '. Hãy kiểm tra lại mã số.');
        }
      }, function () {
        if (current !== generation) return;
        say('Chưa tải được dữ liệu tra cứu. Hãy thử lại khi có mạng.');
      });
    }
    say('Đang tìm…');
    return loadIndex().then(function (data) {
      if (current !== generation) return;
      var hits = fullText(data, query);
      clear();
      say(hits.length ? 'Có ' + hits.length + ' kết quả cho “' + query + '”.'
        : 'Không có kết quả nào cho “' + query + '”.');
      showResults(data, hits);
    }, function () {
      if (current !== generation) return;
      say('Chưa tải được dữ liệu tìm kiếm. Hãy thử lại khi có mạng.');
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
  window.vungcaoSearch = { fold: fold, codeKey: codeKey, vnNormalize: vnNormalize, run: run, loadIndex: loadIndex };
})();
