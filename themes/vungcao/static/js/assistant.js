/* The club's assistant: a chat panel on every page that answers visitors' questions from the
   club's own questions and answers (content/faq/), in the browser, with no outside service. A code
   gets the child's card; several close answers are offered as choices; a question the club never
   answered gets the hand-over to a person. Works offline once the data is cached. */
(function () {
  'use strict';

  var core = window.vungcaoCore;
  var dialog = document.getElementById('tro-ly');
  var opener = document.getElementById('tro-ly-mo');
  if (!core || !dialog || !opener) return;

  var base = document.documentElement.getAttribute('data-base') || '/';
  var faqUrl = dialog.getAttribute('data-faq');
  var codesUrl = dialog.getAttribute('data-codes');
  var shardCount = parseInt(dialog.getAttribute('data-shards'), 10) || 1;
  var lunrUrl = dialog.getAttribute('data-lunr');
  var log = dialog.querySelector('.assistant-log');
  var form = dialog.querySelector('.assistant-form');
  var input = dialog.querySelector('#tro-ly-hoi');
  var handover = dialog.querySelector('.assistant-handover');

  /* Words that say nothing about the topic of a question (folded). */
  var STOP = ('a ah ai anh ban bi ca cac can cau chi cho chu chung co cua da dang day de den di do duoc gi gium giup ha hay '
    + 'hoi khi khong la lam len luc ma minh muon nao nay neu nhe nhi nhu nhung noi o oi ong phai ra roi sao se tai thanh '
    + 'the thi thoi tinh toi tu va van vay vi voi vao xin xem nua cung biet cach cau lac bo clb nhom hom nay mot hai '
    + 'nhieu bao').split(' ');

  /* ---- the questions and answers ---- */

  var faqData = null;

  function loadFaq() {
    if (!faqData) {
      faqData = Promise.all([core.loadLunr(lunrUrl), core.fetchJson(faqUrl)]).then(function (loaded) {
        return { lunr: loaded[0], index: loaded[0].Index.load(loaded[1].index), docs: loaded[1].docs };
      });
      faqData.catch(function () { faqData = null; });
    }
    return faqData;
  }

  function terms(lunr, text) {
    return lunr.tokenizer(text).map(function (t) { return core.trim(core.fold(t.toString())); })
      .filter(function (t) { return t.length > 0 && STOP.indexOf(t) < 0; });
  }

  /**
   * The answers for a question, best first, with how much of the question each covers:
   * { hits: [{ref, score, coverage}], words: n }.
   */
  function match(data, text) {
    var words = terms(data.lunr, text);
    if (!words.length) return { hits: [], words: 0 };
    var syllables = data.lunr.tokenizer(text).map(function (t) { return core.trim(core.fold(t.toString())); })
      .filter(function (t) { return t.length > 0; });
    var hits = data.index.query(function (query) {
      words.forEach(function (word) {
        query.term(word, { usePipeline: false, boost: 3 });
        if (word.length >= 4) {
          query.term(word, { usePipeline: false, wildcard: data.lunr.Query.wildcard.TRAILING });
        }
      });
      // neighbouring syllables as one word ("tham gia" is not "giá vàng"), as the index has them
      for (var i = 0; i + 1 < syllables.length; i++) {
        query.term(syllables[i] + syllables[i + 1], { fields: ['pairs'], usePipeline: false, boost: 5 });
      }
    });
    return {
      words: words.length,
      hits: hits.map(function (hit) {
        var matched = {};
        Object.keys(hit.matchData.metadata).forEach(function (term) {
          words.forEach(function (w) {
            if (term === w || (w.length >= 4 && term.indexOf(w) === 0)) matched[w] = true;
          });
        });
        return { ref: hit.ref, score: hit.score, coverage: Object.keys(matched).length / words.length };
      })
    };
  }

  /** The decision for a question: an answer, choices, or the hand-over. */
  function decide(result) {
    // an answer must cover at least half of what the question is about
    var hits = result.hits.filter(function (h) { return h.coverage >= 0.5; });
    if (!hits.length) return { kind: 'handover' };
    var close = hits.filter(function (h) { return h.score >= hits[0].score * 0.9; });
    if (close.length > 1) return { kind: 'choices', refs: close.slice(0, 3).map(function (h) { return h.ref; }) };
    return { kind: 'answer', ref: hits[0].ref };
  }

  /* ---- writing into the panel, as text and safe elements only ---- */

  function message(from) {
    var p = document.createElement('div');
    p.className = 'assistant-msg from-' + from;
    log.appendChild(p);
    return p;
  }

  var ALLOWED = { P: 1, UL: 1, OL: 1, LI: 1, A: 1, STRONG: 1, EM: 1, CODE: 1, BR: 1, DEL: 1 };

  /** Copies the answer's HTML (made by the generator) keeping only text, links and simple formatting. */
  function copySafe(from, to) {
    Array.prototype.forEach.call(from.childNodes, function (node) {
      if (node.nodeType === 3) {
        to.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === 1 && ALLOWED[node.tagName]) {
        var el = document.createElement(node.tagName.toLowerCase());
        if (node.tagName === 'A') {
          var href = node.getAttribute('href') || '';
          if (/^(https?:|mailto:|tel:|\/|#)/i.test(href)) el.setAttribute('href', href);
        }
        copySafe(node, el);
        to.appendChild(el);
      } else if (node.nodeType === 1) {
        copySafe(node, to);
      }
    });
  }

  function showAnswer(data, ref) {
    var doc = data.docs[ref];
    var box = message('club');
    box.setAttribute('data-answer', ref);
    var title = document.createElement('p');
    title.className = 'assistant-question';
    title.textContent = doc[0];
    box.appendChild(title);
    var parsed = new DOMParser().parseFromString(doc[1], 'text/html');
    copySafe(parsed.body, box);
    var more = document.createElement('a');
    more.href = base + 'hoi-dap/#' + ref;
    more.textContent = 'Xem trong trang Hỏi đáp';
    box.appendChild(more);
  }

  function showChoices(data, refs) {
    var box = message('club');
    box.appendChild(document.createTextNode('Bạn muốn hỏi điều nào?'));
    var list = document.createElement('div');
    list.className = 'assistant-choices';
    refs.forEach(function (ref) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip';
      b.setAttribute('data-ref', ref);
      b.textContent = data.docs[ref][0];
      b.addEventListener('click', function () { showAnswer(data, ref); });
      list.appendChild(b);
    });
    box.appendChild(list);
  }

  function showHandover() {
    var box = message('club');
    box.setAttribute('data-handover', 'true');
    copySafe(handover, box);
  }

  function showCard(card, text) {
    var box = message('club');
    if (!card) {
      box.textContent = 'Không có em nào mang mã ' + text.trim().toUpperCase() + '. Bạn kiểm tra lại mã số giúp nhé.';
      return;
    }
    box.setAttribute('data-card', card.code);
    var h = document.createElement('p');
    var a = document.createElement('a');
    a.href = card.url;
    a.textContent = card.name + ' (' + card.code + ')';
    h.appendChild(a);
    box.appendChild(h);
    var facts = [];
    if (card.birthYear) facts.push('Sinh năm ' + card.birthYear);
    if (card.grade) facts.push('Lớp ' + card.grade);
    if (card.school) facts.push(card.school);
    if (card.statusLabel) facts.push(card.statusLabel);
    if (card.since) facts.push('Được nuôi từ ' + card.since);
    var p = document.createElement('p');
    p.textContent = facts.join(' · ');
    box.appendChild(p);
  }

  /** Answers {@code text}; the returned promise resolves when the answer is shown. */
  function ask(text) {
    var question = text.trim();
    if (!question) return Promise.resolve();
    message('visitor').textContent = question;
    if (core.looksLikeCode(question)) {
      return core.findChild(core.codeKey(question), codesUrl, shardCount).then(function (card) {
        showCard(card, question);
      }, function () {
        message('club').textContent = 'Chưa tải được dữ liệu tra cứu. Bạn thử lại khi có mạng nhé.';
      });
    }
    return loadFaq().then(function (data) {
      var decision = decide(match(data, question));
      if (decision.kind === 'answer') showAnswer(data, decision.ref);
      else if (decision.kind === 'choices') showChoices(data, decision.refs);
      else showHandover();
    }, function () {
      message('club').textContent = 'Chưa tải được câu trả lời. Bạn thử lại khi có mạng nhé.';
    }).then(function () {
      log.scrollTop = log.scrollHeight;
    });
  }

  /* ---- the panel ---- */

  function open() {
    if (!dialog.open) dialog.showModal();
    input.focus();
  }

  opener.hidden = false;
  opener.addEventListener('click', open);
  dialog.querySelector('.assistant-close').addEventListener('click', function () { dialog.close(); });
  dialog.addEventListener('close', function () { opener.focus(); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = '';
    ask(text);
  });
  Array.prototype.forEach.call(dialog.querySelectorAll('.assistant-suggestions .chip'), function (chip) {
    chip.addEventListener('click', function () { ask(chip.getAttribute('data-question')); });
  });

  /* /hoi-dap/?q=… opens with that question answered, so an answer can be linked from a comment */
  var q = new URL(window.location.href).searchParams.get('q');
  if (q && /\/hoi-dap\/$/.test(window.location.pathname)) {
    open();
    ask(q);
  }
  dialog.setAttribute('data-ready', 'true');

  window.vungcaoAssistant = {
    ask: ask,
    open: open,
    /** For tests and the README's measure: the decision for a question, without showing it. */
    decide: function (text) {
      return loadFaq().then(function (data) { return decide(match(data, text)); });
    }
  };
})();
