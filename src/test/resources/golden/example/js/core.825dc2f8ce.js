/* Shared by the look-up page and the assistant: Vietnamese folding (the same as the generator's
   Java), the code key, the sealed code map and the word index. Exposes window.vungcaoCore. */
(function () {
  'use strict';

  /* ---- text: the same folding as the generator's Java (text.Fold, text.Tokens; test vectors in
     src/test/resources/text/vectors.json keep the two in step) ---- */

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u0111\u0110]/g, 'd').toLowerCase();
  }

  function trim(text) {
    return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
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

  /** The card of the child whose code has this key, or null, from the code map at codesUrl in shardCount shards. */
  function findChild(key, codesUrl, shardCount) {
    return sha256('vungcao-code:' + key).then(function (id) {
      var shard = ((id[0] << 8) | id[1]) % shardCount;
      var url = codesUrl + shard + '.json';
      if (!shards[url]) shards[url] = fetchJson(url);
      shards[url].catch(function () { delete shards[url]; });
      return shards[url].then(function (entries) {
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

  /* ---- the word index (WordIndex in Java): shards of terms and chunks of documents, fetched as
     queries need them, scored as lunr.Index#query scores ---- */

  /** Lunr's tokenizer: lower case, split on white space and '-' (Tokens.split in Java). */
  function tokens(text) {
    return String(text).toLowerCase().split(/[\s\-]+/).filter(function (t) { return t.length > 0; });
  }

  /** A token as written, accents kept, trimmed (Tokens.accented in Java). */
  function accented(token) {
    return trim(token.normalize('NFC'));
  }

  /** FNV-1a, 32 bits, over UTF-16 units (WordIndex.hash in Java). */
  function fnv(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  /** The shard of a term: by its first two UTF-16 units. */
  function shardOf(term, count) {
    return fnv(term.length <= 2 ? term : term.substring(0, 2)) % count;
  }

  var FIELDS = 2;

  /** [document, score, ...] from [gap, score × 1000, ...]. */
  function postings(packed) {
    var out = [];
    var doc = 0;
    for (var i = 0; i < packed.length; i += 2) {
      doc += packed[i];
      out.push(doc, packed[i + 1] / 1000);
    }
    return out;
  }

  /** The documents of each spelling of a term (all its documents when it has one). */
  function spellings(entry) {
    var list = entry[FIELDS + 1];
    return list.map(function (s) {
      if (s.length === 1) return { written: s[0], docs: null };
      var docs = [];
      var doc = 0;
      for (var i = 1; i < s.length; i++) {
        doc += s[i];
        docs.push(doc);
      }
      return { written: s[0], docs: docs };
    });
  }

  /** The entries of a sorted shard whose term is {@code folded} (one letter) or starts with it. */
  function expand(shard, folded) {
    var terms = shard.t;
    var lo = 0;
    var hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (terms[mid][0] < folded) lo = mid + 1; else hi = mid;
    }
    var out = [];
    for (var i = lo; i < terms.length; i++) {
      var term = terms[i][0];
      if (folded.length === 1 ? term !== folded : term.lastIndexOf(folded, 0) !== 0) break;
      out.push(terms[i]);
    }
    return out;
  }

  /**
   * The word index whose shards and chunks are at these addresses (in order; chunkSize documents a
   * chunk). Each file is fetched once, when a query first needs it.
   */
  function wordIndex(shardUrls, chunkUrls, chunkSize) {
    var shards = {};
    var chunks = {};

    function once(store, url) {
      if (!store[url]) {
        store[url] = fetchJson(url);
        store[url].catch(function () { delete store[url]; });
      }
      return store[url];
    }

    /** The words of a query: Lunr's tokens, folded and as written; empty ones dropped. */
    function words(text) {
      return tokens(text).map(function (t) { return { folded: trim(fold(t)), written: accented(t) }; })
        .filter(function (w) { return w.folded.length > 0; });
    }

    /** The shards these words (or clauses) need, fetched. */
    function shardsFor(list) {
      return Promise.all(list.map(function (w) { return once(shards, shardUrls[shardOf(w.folded, shardUrls.length)]); }));
    }

    /**
     * The documents that have every word of the query (a word of two letters or more as the start
     * of a term, one letter as a whole term), best first: see search().
     */
    function query(text) {
      return search(words(text).map(function (w) {
        return { folded: w.folded, written: w.written, prefix: w.folded.length > 1, required: true };
      }));
    }

    /** The documents with every one of the required terms, ranked by them and by the optional ones (whole terms). */
    function rank(required, optional) {
      function clause(required) {
        return function (term) {
          var folded = trim(fold(term));
          return { folded: folded, written: accented(term), prefix: false, required: required };
        };
      }
      return search(required.map(clause(true)).concat(optional.map(clause(false))).filter(function (c) { return c.folded; }));
    }

    /**
     * The documents that match every required clause (and any optional one), best first: those
     * whose title has every required word, then those with more words written with the query's
     * accents, then by Lunr's score (each term weighted by how many clauses expand to it, over the
     * query vector's length), then in the index's order. Each hit: { doc, score }.
     */
    function search(clauses) {
      if (!clauses.some(function (c) { return c.required; })) return Promise.resolve([]);
      return shardsFor(clauses).then(function (loaded) {
        var weight = Object.create(null); // term -> how many clauses expand to it (Lunr's query vector)
        var entries = Object.create(null);
        var bits = Object.create(null); // term -> the required clauses that expand to it
        var exact = Object.create(null); // document -> the clauses it has as written
        var all = 0;
        for (var w = 0; w < clauses.length; w++) {
          var c = clauses[w];
          var expanded = expand(loaded[w], c.folded).filter(function (e) { return c.prefix || e[0] === c.folded; });
          if (c.required) all |= 1 << w;
          if (!expanded.length) {
            if (c.required) return [];
            continue;
          }
          var accents = c.written !== c.folded;
          expanded.forEach(function (entry) {
            var term = entry[0];
            weight[term] = (weight[term] || 0) + 1;
            entries[term] = entry;
            if (c.required) bits[term] = (bits[term] || 0) | (1 << w);
            if (!accents) return;
            spellings(entry).forEach(function (s) {
              if (s.written.lastIndexOf(c.written, 0) !== 0) return;
              var docs = s.docs;
              if (!docs) {
                docs = [];
                for (var f = 0; f < FIELDS; f++) {
                  var p = postings(entry[1 + f]);
                  for (var i = 0; i < p.length; i += 2) docs.push(p[i]);
                }
              }
              docs.forEach(function (d) { exact[d] = (exact[d] || 0) | (1 << w); });
            });
          });
        }
        var magnitude = 0;
        Object.keys(weight).forEach(function (t) { magnitude += weight[t] * weight[t]; });
        magnitude = Math.sqrt(magnitude);
        // per document, in arrays as long as the index: a common word's postings run to thousands
        var size = chunkUrls.length * chunkSize;
        var score = new Float64Array(size);
        var has = new Int32Array(size);
        var inTitle = new Int32Array(size);
        var marked = new Uint8Array(size);
        var seen = [];
        Object.keys(entries).forEach(function (term) {
          var b = bits[term] || 0;
          var wt = weight[term] / magnitude;
          for (var f = 0; f < FIELDS; f++) {
            var packed = entries[term][1 + f];
            var d = 0;
            for (var i = 0; i < packed.length; i += 2) {
              d += packed[i];
              if (!marked[d]) {
                marked[d] = 1;
                seen.push(d);
              }
              score[d] += wt * (packed[i + 1] / 1000);
              has[d] |= b;
              if (f === 0) inTitle[d] |= b;
            }
          }
        });
        var hits = [];
        for (var k = 0; k < seen.length; k++) {
          var doc = seen[k];
          if (has[doc] !== all) continue;
          hits.push({ doc: doc, score: score[doc], title: inTitle[doc] === all ? 1 : 0, exact: count(exact[doc] || 0) });
        }
        hits.sort(function (a, b) {
          return b.title - a.title || b.exact - a.exact || b.score - a.score || a.doc - b.doc;
        });
        return hits;
      });
    }

    function count(bits) {
      var n = 0;
      while (bits) {
        n += bits & 1;
        bits >>>= 1;
      }
      return n;
    }

    /** What the results show of these documents: { ref, title, type, snippet } each, in order. */
    function shown(docs) {
      var needed = [];
      docs.forEach(function (d) {
        var url = chunkUrls[Math.floor(d / chunkSize)];
        if (needed.indexOf(url) < 0) needed.push(url);
      });
      return Promise.all(needed.map(function (url) { return once(chunks, url); })).then(function () {
        return Promise.all(docs.map(function (d) {
          return once(chunks, chunkUrls[Math.floor(d / chunkSize)]).then(function (chunk) {
            var row = chunk[d % chunkSize];
            return { ref: row[0], title: row[1], type: row[2], snippet: row[3] };
          });
        }));
      });
    }

    /** The documents that have this exact term, folded (for the assistant's word counts). */
    function documentsWith(term) {
      var folded = trim(fold(term));
      if (!folded) return Promise.resolve([]);
      return once(shards, shardUrls[shardOf(folded, shardUrls.length)]).then(function (shard) {
        var entry = expand(shard, folded).filter(function (e) { return e[0] === folded; })[0];
        if (!entry) return [];
        var docs = [];
        for (var f = 0; f < FIELDS; f++) {
          var p = postings(entry[1 + f]);
          for (var i = 0; i < p.length; i += 2) if (docs.indexOf(p[i]) < 0) docs.push(p[i]);
        }
        return docs.sort(function (a, b) { return a - b; });
      });
    }

    return { query: query, rank: rank, shown: shown, documentsWith: documentsWith, words: words };
  }

  var indexes = {};

  /** The word index a look-up page names (its #tra-cuu element), once per page. */
  function siteIndex(place) {
    var shardUrls = (place.getAttribute('data-words') || '').split(' ').filter(Boolean);
    var chunkUrls = (place.getAttribute('data-docs') || '').split(' ').filter(Boolean);
    var size = parseInt(place.getAttribute('data-chunk'), 10) || 64;
    var key = shardUrls.join(' ');
    if (!indexes[key]) indexes[key] = wordIndex(shardUrls, chunkUrls, size);
    return indexes[key];
  }

  /* ---- the theme's words for scripts, in the page's language (i18n/*.yml, group js) ---- */

  var words = null;

  /** t('results', 3, 'muong lat'): the page's text for the key, {0}, {1}… filled in. */
  function t(key) {
    if (words === null) {
      var data = document.getElementById('ui-text');
      try { words = data ? JSON.parse(data.textContent) : {}; } catch (e) { words = {}; }
    }
    var args = arguments;
    return (words[key] || key).replace(/\{(\d+)\}/g, function (all, n) {
      var value = args[Number(n) + 1];
      return value === undefined ? all : String(value);
    });
  }

  window.vungcaoCore = {
    fold: fold, trim: trim, codeKey: codeKey, looksLikeCode: looksLikeCode,
    fetchJson: fetchJson, findChild: findChild, tokens: tokens, accented: accented, fnv: fnv, shardOf: shardOf,
    wordIndex: wordIndex, siteIndex: siteIndex, t: t
  };
})();
