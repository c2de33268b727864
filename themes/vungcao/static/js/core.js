/* Shared by the look-up page and the assistant: Vietnamese folding (the same as the generator's
   Java), the code key, the sealed code map and loading Lunr. Exposes window.vungcaoCore. */
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

  function loadLunr(url) {
    if (window.lunr) return Promise.resolve(window.lunr);
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = url;
      script.onload = function () {
        window.lunr.Pipeline.registerFunction(vnNormalize, 'vnNormalize');
        resolve(window.lunr);
      };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  var searches = {};

  /**
   * The site's full-text search, loaded once per page: { lunr, index, docs } from lunr.js at
   * lunrUrl and the generator's index file at indexUrl (docs: ref → [title, type, snippet]).
   */
  function loadSearch(lunrUrl, indexUrl) {
    var key = lunrUrl + ' ' + indexUrl;
    if (!searches[key]) {
      searches[key] = Promise.all([loadLunr(lunrUrl), fetchJson(indexUrl)]).then(function (loaded) {
        return { lunr: loaded[0], index: loaded[0].Index.load(loaded[1].index), docs: loaded[1].docs };
      });
      searches[key].catch(function () { delete searches[key]; });
    }
    return searches[key];
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
    fold: fold, trim: trim, vnNormalize: vnNormalize, codeKey: codeKey, looksLikeCode: looksLikeCode,
    fetchJson: fetchJson, findChild: findChild, loadLunr: loadLunr, loadSearch: loadSearch, t: t
  };
})();
