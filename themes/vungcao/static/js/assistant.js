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
  var log = dialog.querySelector('.assistant-log');
  var form = dialog.querySelector('.assistant-form');
  var input = dialog.querySelector('#tro-ly-hoi');
  var handover = dialog.querySelector('.assistant-handover');
  var suggestions = dialog.querySelector('.assistant-suggestions');

  /* Fold.marks's marks, in the order of their digits 1 to 9. */
  var MARKS = '\u0301\u0300\u0309\u0303\u0323\u0302\u031b\u0306\u0111\u0110';

  /* The data's stop words, folded and with their accents as digits ("vay56"); docs/search.md. */
  function stops(data) {
    if (data.stops) return data.stops;
    var out = { folded: [], spelled: [], only: Object.create(null) };
    var given = data.stop || {};
    (given.words || []).concat(given.accented || []).forEach(function (word, n) {
      var s = syllables(word)[0];
      if (!s) return;
      if (n < (given.words || []).length && out.folded.indexOf(s.text) < 0) out.folded.push(s.text);
      else if (n >= (given.words || []).length) out.only[s.text] = s.text + s.marks;
      out.spelled.push(s.text + s.marks);
    });
    data.stops = out;
    return out;
  }

  /** Whether a syllable says nothing about the topic (with its accents if the question has some). */
  function isStop(data, s, accented) {
    var stop = stops(data);
    return accented ? stop.spelled.indexOf(s.text + s.marks) >= 0 : stop.folded.indexOf(s.text) >= 0;
  }

  /* How much each kind of evidence counts (docs/search.md, "Matching"). */
  var WEIGHT = { answer: 0.6, answerPair: 0.6, prefix: 0.5, pair: 0.5, unknown: 0.55, unlisted: 0.8, weakSynonym: 0.6 };

  var CONTEXT = ['o', 'la']; // before a group: where the visitor is, who they are (docs/search.md)

  /* The confidence rule, tuned on the tuning sets only (docs/search.md, "The confidence rule"). */
  var LIMIT = {
    coverage: 0.4, units: 2, alone: 0.8, strong: 0.3, strongAlone: 0.7, noPair: 0.6,
    close: 0.9, relevant: 0.5, choices: 3, rankBase: 0.5, rankStrong: 1.5, lead: 2, leadCoverage: 0.3, leadUnits: 4,
    offtopic: 0.7, offtopicOver: 1.6
  };


  /* ---- the questions and answers ---- */

  var faqData = null;

  function loadFaq() {
    if (!faqData) {
      faqData = core.fetchJson(faqUrl);
      faqData.catch(function () { faqData = null; });
    }
    return faqData;
  }

  /**
   * The folded syllables of a text, in order, each marked when a punctuation mark follows it: a
   * pair of neighbouring syllables never spans one (the same rule as the generator's pairs).
   */
  function syllables(text) {
    var out = [];
    // split as the generator does (Lunr's tokenizer: white space and '-')
    text.toLowerCase().split(/[\s-]+/).forEach(function (raw) {
      if (!raw) return;
      var folded = core.trim(core.fold(raw));
      var last = out[out.length - 1];
      if (last && !/^[\p{L}\p{N}\p{M}]/u.test(raw)) last.end = true;
      if (folded) out.push({ text: folded, marks: marks(raw), end: !/[\p{L}\p{N}\p{M}]$/u.test(raw) });
    });
    return out;
  }

  /** A word's accents and tone marks as digits, as the generator writes them (Fold.marks): "giá" gives "1". */
  function marks(text) {
    var out = '';
    var decomposed = text.normalize('NFD');
    for (var i = 0; i < decomposed.length; i++) {
      var mark = MARKS.indexOf(decomposed.charAt(i));
      if (mark >= 0) out += String(Math.min(mark, 8) + 1);
    }
    return out;
  }

  /* FaqIndex's terms: the answers that have each, 1 if strong, less if in the text only. */
  function vocabulary(data) {
    if (data.vocabulary) return data.vocabulary;
    function read(postings, weak) {
      var out = Object.create(null); // a visitor may type "constructor"
      Object.keys(postings).forEach(function (term) {
        var at = Object.create(null);
        postings[term].forEach(function (n) { at[data.refs[n >> 1]] = n & 1 ? 1 : weak; });
        out[term] = at;
      });
      return out;
    }
    var words = read(data.words, WEIGHT.answer);
    data.vocabulary = {
      words: words, pairs: read(data.pairs, WEIGHT.answerPair), spelled: read(data.spelled, WEIGHT.answer),
      terms: Object.keys(words), size: data.refs.length, stop: stops(data)
    };
    return data.vocabulary;
  }

  /* Where a word is found with these accents, or in a line without any. */
  function spelledAs(vocab, word, spelling) {
    var out = {};
    var plain = vocab.stop.folded.indexOf(word) < 0 || vocab.stop.spelled.indexOf(spelling) >= 0;
    [vocab.spelled[spelling], plain ? vocab.spelled[word + '0'] : null].forEach(function (at) {
      Object.keys(at || {}).forEach(function (ref) { out[ref] = Math.max(out[ref] || 0, at[ref]); });
    });
    return Object.keys(out).length ? out : null;
  }

  /** How rare a word is among the answers. */
  function rarity(vocab, found) {
    var df = 0; // an answer that has the word only in its text counts less
    Object.keys(found || {}).forEach(function (ref) { df += found[ref]; });
    return Math.log((vocab.size + 1) / (df + 0.5));
  }

  /* _synonyms.yml, once per load: `phrases` as syllables, longest first; `groups` (a shorthand's, `own`). */
  function thesaurus(data) {
    if (data.thesaurus) return data.thesaurus;
    var given = data.synonyms || {};
    var groups = [];
    var phrases = [];
    function parts(text) {
      return syllables(text).map(function (s) { return { text: s.text, marks: s.marks }; });
    }
    function same(a, b) {
      return a.length === b.length && a.every(function (p, i) { return p.text === b[i].text && p.marks === b[i].marks; });
    }
    (given.groups || []).forEach(function (words) {
      var group = { words: [], own: false };
      words.forEach(function (word) {
        var syl = parts(word);
        if (!syl.length) return;
        group.words.push(syl);
        phrases.push({ syl: syl, group: groups.length });
      });
      groups.push(group);
    });
    Object.keys(given.shorthand || {}).forEach(function (key) {
      var short = parts(key);
      var full = parts(given.shorthand[key]);
      if (short.length !== 1 || !full.length) return;
      var at = -1;
      groups.forEach(function (g, n) {
        if (at < 0 && !g.own && g.words.some(function (w) { return same(w, full); })) at = n;
      });
      if (at < 0) {
        at = groups.length;
        groups.push({ words: [full], own: true });
      }
      groups[at].words.push(short);
      phrases.push({ syl: short, group: at, full: full });
    });
    // a group of question words: one of its phrases is only stop words ("làm sao"; docs/search.md)
    groups.forEach(function (g) {
      g.asking = g.words.some(function (w) {
        var written = w.some(function (p) { return p.marks; }); // editors write accents; a plain word ("online") is folded
        return w.every(function (p) { return isStop(data, p, written); });
      });
    });
    phrases.sort(function (a, b) { return b.syl.length - a.syl.length; });
    data.thesaurus = { groups: groups, phrases: phrases };
    return data.thesaurus;
  }

  /** The synonyms file's actions, longest first (docs/search.md). */
  function actions(data) {
    if (data.actions) return data.actions;
    var given = (data.synonyms || {}).actions || {};
    var out = [];
    ['club', 'outside'].forEach(function (kind) {
      (given[kind] || []).forEach(function (text) {
        var syl = readWords(data, syllables(text), true);
        var parts = [];
        for (var i = 0; i < syl.length; i = syl[i].group === undefined ? i + 1 : syl[i].to + 1) parts.push(syl[i]);
        out.push({ parts: parts, club: kind === 'club', text: text });
      });
    });
    data.actions = out.sort(function (a, b) { return b.parts.length - a.parts.length; });
    return out;
  }

  /*
   * The actions a question asks for, the longest at each place. Typed without accents, a lone
   * syllable of `outside` that may be another word ("ban", "mua") does not count.
   */
  function asked(data, vocab, syl, accented) {
    // such a syllable is the answers' word where it makes a pair of theirs with a neighbour ("mua đông")
    function paired(at) {
      return [at - 1, at].some(function (k) { return syl[k] && syl[k + 1] && !syl[k].end && vocab.pairs[syl[k].text + syl[k + 1].text]; });
    }
    var out = { club: [], outside: [] };
    for (var i = 0, hit; i < syl.length; i = hit ? hit.end : i + 1) {
      hit = null;
      actions(data).forEach(function (action) {
        var at = i;
        action.parts.forEach(function (part, p) {
          var s = syl[at];
          if (at < 0) return;
          if (!s || p && syl[at - 1].end) at = -1;
          else if (part.group !== undefined) at = s.group === part.group && s.from === at ? s.to + 1 : -1;
          else if (s.group !== undefined || s.text !== part.text) at = -1;
          else if (s.marks || accented) at = s.marks === part.marks ? at + 1 : -1;
          else at = action.club || action.parts.length > 1 || !isStop(data, s, false) && (!vocab.words[s.text] || !paired(at)) ? at + 1 : -1;
        });
        if (!hit && at > i) hit = { action: action, end: at };
      });
      if (hit) out[hit.action.club ? 'club' : 'outside'].push(hit.action.text);
    }
    return out;
  }

  /* The question's syllables, shorthand written out, phrases of groups marked (docs/search.md). */
  function readWords(data, syl, accented) {
    var book = thesaurus(data);
    var out = [];
    // two shorthands typed as one word of no answer ("ndck") are both; "ko", "dc" are written out
    // first, for a group's phrase to span them
    function key(text, full) {
      return book.phrases.some(function (p) { return p.syl.length === 1 && (!full || p.full) && p.syl[0].text === text; });
    }
    syl = [].concat.apply([], syl.map(function (s) {
      for (var cut = 2; !data.words[s.text] && !key(s.text) && cut + 2 <= s.text.length; cut++) {
        if (key(s.text.slice(0, cut), 1) && key(s.text.slice(cut), 1)) {
          return [{ text: s.text.slice(0, cut), marks: '', end: false }, { text: s.text.slice(cut), marks: '', end: s.end }];
        }
      }
      return [s];
    }));
    syl = [].concat.apply([], syl.map(function (s) {
      var little = book.phrases.filter(function (p) {
        return p.full && p.syl[0].text === s.text && (!s.marks || s.marks === p.syl[0].marks)
          && p.full.every(function (f) { return isStop(data, f, true); });
      })[0];
      return !little ? [s] : little.full.map(function (f, j) {
        return { text: f.text, marks: accented ? f.marks : '', end: j === little.full.length - 1 && s.end };
      });
    }));
    for (var i = 0; i < syl.length;) {
      var found = null;
      for (var p = 0; p < book.phrases.length && !found; p++) {
        var phrase = book.phrases[p];
        var n = phrase.syl.length;
        if (i + n > syl.length) continue;
        var ok = true;
        for (var j = 0; j < n && ok; j++) {
          var s = syl[i + j];
          ok = s.text === phrase.syl[j].text && (!s.marks || s.marks === phrase.syl[j].marks) && (j === n - 1 || !s.end);
        }
        if (ok) found = phrase;
      }
      if (!found) {
        out.push(syl[i]);
        i++;
        continue;
      }
      var span = found.full ? found.full.map(function (f, j) {
        return { text: f.text, marks: accented ? f.marks : '', end: j === found.full.length - 1 && syl[i].end };
      }) : syl.slice(i, i + found.syl.length).map(function (s) { return { text: s.text, marks: s.marks, end: s.end }; });
      // a shorthand for stop words ("ntn") is those words, no more ("hn" is "Hà Nội", a topic)
      var meaningful = !book.groups[found.group].own || span.some(function (s) { return !isStop(data, s, accented); })
        || (found.full || []).some(function (f) { return !isStop(data, f, true); });
      var from = out.length;
      span.forEach(function (s) {
        if (meaningful) {
          s.group = found.group;
          s.from = from;
          s.to = from + span.length - 1;
        }
        out.push(s);
      });
      i += found.syl.length;
    }
    return out;
  }

  /** Where a phrase is found: a word with its accents, a longer one by its pairs. */
  function phraseFound(vocab, phrase) {
    if (phrase.length === 1) return spelledAs(vocab, phrase[0].text, phrase[0].text + phrase[0].marks);
    var at = null;
    for (var i = 0; i + 1 < phrase.length; i++) {
      var pair = vocab.pairs[phrase[i].text + phrase[i + 1].text];
      if (!pair) return null;
      if (!at) {
        at = {};
        Object.keys(pair).forEach(function (ref) { at[ref] = pair[ref]; });
      } else {
        Object.keys(at).forEach(function (ref) { if (pair[ref]) at[ref] = Math.min(at[ref], pair[ref]); else delete at[ref]; });
      }
    }
    return at && Object.keys(at).length ? at : null;
  }

  /** The best of two findings for each answer. */
  function either(a, b) {
    if (!a || !b) return a || b;
    var out = {};
    [a, b].forEach(function (at) {
      Object.keys(at).forEach(function (ref) { out[ref] = Math.max(out[ref] || 0, at[ref]); });
    });
    return out;
  }

  /** Where the words of a group are found: the best of any of them for each answer. */
  function groupFound(data, vocab, n) {
    var out = null;
    thesaurus(data).groups[n].words.forEach(function (word) { out = either(out, phraseFound(vocab, word)); });
    return out;
  }

  /** Where a word of the question is found, alone or as the start of a longer word. */
  function wordFound(vocab, w, spelling, accented) {
    if (accented && vocab.words[w]) return spelledAs(vocab, w, spelling);
    // typed without accents, "con" is not an answer's stop word "còn" (docs/search.md)
    if (vocab.words[w] && vocab.stop.only[w]) {
      var other = {};
      Object.keys(vocab.spelled).forEach(function (k) {
        if (k.replace(/\d+$/, '') === w && k !== vocab.stop.only[w]) other = either(other, vocab.spelled[k]);
      });
      return Object.keys(other).length ? other : null;
    }
    if (vocab.words[w]) return vocab.words[w];
    if (w.length < 4) return null;
    var prefixed = {};
    vocab.terms.forEach(function (t) {
      if (t.indexOf(w) === 0) Object.keys(vocab.words[t]).forEach(function (ref) {
        prefixed[ref] = Math.max(prefixed[ref] || 0, vocab.words[t][ref] * WEIGHT.prefix);
      });
    });
    return Object.keys(prefixed).length ? prefixed : null;
  }

  /* The answers for a question, best first, with their score and coverage (docs/search.md). */
  function match(data, text) {
    var vocab = vocabulary(data);
    var typed = syllables(text);
    // typed with accents (most words carry some), a word is looked up with them: "giá" is not "gia"
    var accented = typed.filter(function (s) { return s.marks; }).length * 3 >= typed.length;
    var syl = readWords(data, typed, accented);
    var book = thesaurus(data);
    var words = [];
    var spellings = [];
    var groups = [];
    var spans = [];
    var amount = []; // the words written right after a number ("100 nghìn", "2 củ"): an amount's unit
    var about = {};
    syl.forEach(function (s, at) {
      var prev = syl[at - 1];
      var unit = prev && !prev.end && /^\d/.test(prev.text) && (s.group === undefined || s.from === at);
      if (s.group !== undefined) {
        s.word = words.indexOf('#' + s.group);
        if (s.word < 0) {
          s.word = words.length;
          words.push('#' + s.group);
          spellings.push('');
          groups.push(s.group);
          spans.push([]);
          amount.push(unit);
        }
        if (s.from === at && (prev && CONTEXT.indexOf(prev.text) >= 0 || CONTEXT.indexOf(s.text) >= 0)) about[s.word] = true;
        if (s.from === at) spans[s.word].push(syl.slice(s.from, s.to + 1));
        return;
      }
      var stop = isStop(data, s, accented);
      s.word = stop ? -1 : words.indexOf(s.text);
      if (!stop && s.word < 0) {
        s.word = words.length;
        words.push(s.text);
        spellings.push(s.text + s.marks);
        groups.push(-1);
        spans.push(null);
        amount.push(unit);
      }
    });
    if (!words.length) return { hits: [], words: 0, terms: [] };
    var pairs = [];
    for (var i = 0; i + 1 < syl.length; i++) {
      if (syl[i].end) continue;
      // a pair covers a word of a group when it holds the whole phrase or lies inside it
      var covers = [];
      [[i, i + 1], [i + 1, i]].forEach(function (at) {
        var part = syl[at[0]];
        var whole = part.group === undefined || part.from === part.to || part.from <= at[1] && at[1] <= part.to;
        if (part.word >= 0 && whole && covers.indexOf(part.word) < 0) covers.push(part.word);
      });
      // a pair inside a phrase of a group of question words ("thủ tục") is no match of the topic
      var inside = syl[i].group !== undefined && syl[i].from === syl[i + 1].from && syl[i].word === syl[i + 1].word
        && thesaurus(data).groups[syl[i].group].asking;
      // typed with accents, a pair is the answer's only where it has both syllables so ("nuôi chó")
      var spelled = accented ? [syl[i], syl[i + 1]].map(function (p) { return spelledAs(vocab, p.text, p.text + p.marks) || {}; }) : null;
      pairs.push({ text: syl[i].text + syl[i + 1].text, covers: covers, inside: inside, spelled: spelled,
        about: syl[i].word >= 0 || syl[i + 1].word >= 0 });
    }
    // each word: where it is found as typed; a word of a group: also where any word of its group is
    var found = words.map(function (w, k) {
      if (groups[k] < 0) return wordFound(vocab, w, spellings[k], accented);
      var own = null;
      spans[k].forEach(function (span) {
        own = either(own, span.length === 1 ? wordFound(vocab, span[0].text, span[0].text + span[0].marks, accented)
          : phraseFound(vocab, span));
      });
      return own;
    });
    var alike = groups.map(function (g) { return g >= 0 ? groupFound(data, vocab, g) : null; });
    // each word weighs by its rarity as typed, else as its group; a number no one wrote and its unit
    // weigh nothing (a group's key, "#12", is no number); the rest: docs/search.md, "The hand-over"
    var weights = found.map(function (f, k) {
      if (f) return rarity(vocab, f);
      if (alike[k]) return rarity(vocab, alike[k]);
      if (groups[k] < 0 && /\d/.test(words[k]) || amount[k]) return 0;
      // a group no answer has is a topic (unlisted), unless it is the visitor's context ("ở úc"), a
      // shorthand of its own ("hcm") or a school level with a number ("lớp 3")
      var level = spans[k] && spans[k].every(function (span) { return span.some(function (s) { return /\d/.test(s.text); }); });
      return (groups[k] >= 0 && !book.groups[groups[k]].own && !about[k] && !level ? WEIGHT.unlisted : WEIGHT.unknown) * rarity(vocab, null);
    });
    var alikeWeights = alike.map(function (f) { return f ? rarity(vocab, f) : 0; });
    var total = weights.reduce(function (a, b) { return a + b; }, 0);
    var hits = data.refs.map(function (ref) {
      var score = 0;
      var pairCount = 0;
      var ownPairs = 0; // the pairs that are not inside one phrase of a group of question words
      // an answer that has a synonym of a word covers it, and scores by how rare the synonyms are
      var covered = words.map(function (w, k) {
        var as = found[k] ? found[k][ref] || 0 : 0;
        var like = alike[k] ? alike[k][ref] || 0 : 0;
        score += Math.max(as * weights[k], like * alikeWeights[k]);
        // a synonym found only in an answer's text is two steps from the question: it covers less
        return Math.max(as, like < 1 ? like * WEIGHT.weakSynonym : like);
      });
      pairs.forEach(function (pair) {
        var at = vocab.pairs[pair.text];
        if (!at || !at[ref] || pair.spelled && !(pair.spelled[0][ref] && pair.spelled[1][ref])) return;
        if (pair.about) pairCount++;
        if (pair.about && !pair.inside) ownPairs++;
        score += WEIGHT.pair * at[ref] * rarity(vocab, at);
        pair.covers.forEach(function (k) { covered[k] = Math.max(covered[k], at[ref]); });
      });
      var share = 0;
      var strong = 0;
      covered.forEach(function (c, k) {
        share += c * weights[k];
        if (c >= 1) strong += weights[k];
      });
      var coverage = total ? share / total : 0;
      // ranked by score and coverage: a few rare words do not outrank an answer that covers all
      return { ref: ref, score: score, coverage: coverage, strong: total ? strong / total : 0, rank: score * (LIMIT.rankBase + coverage + LIMIT.rankStrong * (total ? strong / total : 0)), pairs: pairCount, ownPairs: ownPairs,
        matched: covered.filter(function (c) { return c > 0; }).length, covered: covered,
        topical: covered.filter(function (c, k) { return c > 0 && !(groups[k] >= 0 && book.groups[groups[k]].asking); }).length };
    }).filter(function (h) { return h.score > 0; });
    hits.sort(function (x, y) { return y.rank - x.rank || (x.ref < y.ref ? -1 : 1); });
    // the words as typed (not a group's), for the site's pages; none that folds to a stop word ("tối")
    var terms = words.map(function (w, k) { return groups[k] < 0 && !isStop(data, { text: w }, false) ? w : null; });
    // the syllables in order, stop words too, a group's words as null: where a name may be ("Pù Nhi")
    var sequence = syl.map(function (s) { return s.group === undefined ? s.text : null; });
    var unknown = weights.filter(function (w, k) { return !found[k] && !alike[k] && w > 0; }).length;
    return { words: words.length, hits: hits, terms: terms, sequence: sequence, unknown: unknown, total: total, asked: asked(data, vocab, syl, accented),
      weighed: words.map(function (w, k) {
        return { word: w, weight: weights[k], found: !!found[k], alike: !!alike[k], asking: groups[k] >= 0 && book.groups[groups[k]].asking };
      }) };
  }

  /* How near the nearest line of a kind ('neg' off-topic, 'pos' the FAQ's own) is to the question (docs/search.md). */
  function nearest(data, result, kind) {
    function read(text) {
      var out = { w: Object.create(null), t: 0 };
      (match(data, text).weighed || []).forEach(function (w) { out.w[w.word] = w.weight; out.t += w.weight; });
      return out;
    }
    // each kind read once, when first asked: the FAQ's own lines only for a question near an off-topic one
    var near = data.near = data.near || {};
    if (!near[kind]) {
      near[kind] = (kind === 'neg' ? data.offtopic
        : [].concat.apply([], Object.keys(data.lines || {}).map(function (r) { return data.lines[r]; }))).map(read);
    }
    var own = Object.create(null);
    result.weighed.forEach(function (w) { own[w.word] = w.weight; });
    return near[kind].reduce(function (m, line) {
      var r = 0, p = 0;
      Object.keys(line.w).forEach(function (x) { if (own[x] !== undefined) { r += own[x]; p += line.w[x]; } });
      r = result.total ? r / result.total : 0;
      p = line.t ? p / line.t : 0;
      return Math.max(m, r + p ? 2 * r * p / (r + p) : 0);
    }, 0);
  }

  /** The decision for a question: the best answer, close answers as choices, or the hand-over. */
  function decide(result, data) {
    var best = result.hits[0];
    // asked to do only what the club does not ("mua quần áo"): not the club's to answer, whatever the nouns
    var elsewhere = result.asked && result.asked.outside.length && !result.asked.club.length;
    // an answer far ahead of the next, on several matches, needs less of the question (docs/search.md)
    var second = result.hits[1];
    var ahead = best && (!second || best.rank >= LIMIT.lead * second.rank) && best.topical + best.ownPairs >= LIMIT.leadUnits;
    var handover = !best || elsewhere || best.coverage < (ahead ? LIMIT.leadCoverage : LIMIT.coverage)
        || best.topical + best.ownPairs < LIMIT.units && best.coverage < LIMIT.alone
        || best.strong < LIMIT.strong && best.coverage < LIMIT.strongAlone
        || !best.pairs && best.coverage < LIMIT.noPair;
    // the words the answer leaves out (at a hand-over, all of them), to look for in the site's pages;
    var left = result.terms.filter(function (w, k) { return w && (handover || !best.covered[k]); });
    // the tenth round's rescue, for its measurement only (docs/search.md)
    var api = window.vungcaoAssistant, rescued = handover && !elsewhere && data && api.rescue && api.rescue(data, result, match);
    if (rescued) return { kind: 'answer', ref: rescued, left: left };
    if (!handover && data && data.offtopic) {
      var neg = nearest(data, result, 'neg');
      handover = neg >= LIMIT.offtopic && neg > nearest(data, result, 'pos') * LIMIT.offtopicOver;
    }
    if (handover) return { kind: 'handover', left: left, sequence: result.sequence };
    // choices: two or three answers close to the best, each covering enough of the question;
    // more than that, and the question is too vague to offer them
    var close = result.hits.filter(function (h) { return h.rank >= best.rank * LIMIT.close && h.coverage >= LIMIT.relevant; });
    if (close.length > LIMIT.choices) return { kind: 'handover', left: left };
    if (close.length > 1) return { kind: 'choices', refs: close.map(function (h) { return h.ref; }), left: left };
    return { kind: 'answer', ref: best.ref, left: left };
  }

  /* ---- pages of the site about what the answers leave out ---- */

  var lookupUrl = dialog.getAttribute('data-lookup');
  var search = null;

  /* The site's word index, named by the cached look-up page. */
  function loadSearch() {
    if (!search) {
      search = fetch(lookupUrl).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.text();
      }).then(function (html) {
        var place = new DOMParser().parseFromString(html, 'text/html').getElementById('tra-cuu');
        if (!place) throw new Error('no search on the look-up page');
        return { index: core.siteIndex(place), related: parseInt(place.getAttribute('data-related'), 10) || 0 };
      });
      search.catch(function () { search = null; });
    }
    return search;
  }

  /* Up to three pages about the words the answer leaves out (docs/search.md, "Links to pages"). */
  function related(site, decision) {
    var handover = decision.kind === 'handover';
    var left = decision.left;
    var sequence = handover ? decision.sequence || [] : [];
    var few = Math.max(2, Math.ceil(site.related / 5));
    var words = left.concat(sequence.filter(function (w, k) { return w && left.indexOf(w) < 0 && sequence.indexOf(w) === k; }));
    return Promise.all(words.map(function (word) { return site.index.documentsWith(word); })).then(function (lists) {
      var pages = {};
      words.forEach(function (word, k) { pages[word] = lists[k].filter(function (d) { return d < site.related; }); });
      var required = left.filter(function (word) { return pages[word].length > 0 && pages[word].length <= few; });
      var ranking = function () {
        return left.filter(function (word) { return pages[word].length > 0 && required.indexOf(word) < 0; });
      };
      // neighbouring syllables in few pages together, and written together in one of their titles
      var candidates = [];
      for (var k = 0; k + 1 < sequence.length; k++) {
        var a = sequence[k];
        var b = sequence[k + 1];
        if (!a || !b || a === b) continue;
        var both = pages[a].filter(function (d) { return pages[b].indexOf(d) >= 0; });
        if (both.length > 0 && both.length <= few) candidates.push({ words: [a, b], docs: both });
      }
      var named = candidates.length ? Promise.all(candidates.map(function (c) {
        return site.index.shown(c.docs).then(function (shown) {
          return shown.some(function (page) {
            return (' ' + syllables(page.title).map(function (x) { return x.text; }).join(' ') + ' ').indexOf(' ' + c.words.join(' ') + ' ') >= 0;
          });
        });
      })) : Promise.resolve([]);
      return named.then(function (found) {
        candidates.forEach(function (c, n) {
          if (found[n]) c.words.forEach(function (word) { if (required.indexOf(word) < 0) required.push(word); });
        });
        if (required.length < (handover ? 2 : 1)) return [];
        return site.index.rank(required, ranking()).then(function (hits) {
          var docs = hits.filter(function (h) { return h.doc < site.related; }).slice(0, 3).map(function (h) { return h.doc; });
          return site.index.shown(docs);
        });
      });
    });
  }

  function showRelated(pages) {
    if (!pages.length) return;
    var box = message('club');
    box.setAttribute('data-related', 'true');
    box.appendChild(document.createTextNode(core.t('related')));
    var list = document.createElement('ul');
    pages.forEach(function (page) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = base + page.ref;
      a.textContent = page.title;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' (' + page.type + ')'));
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  /* ---- writing into the panel, as text and safe elements only ---- */

  function message(from) {
    var p = document.createElement('div');
    p.className = 'assistant-msg from-' + from;
    log.appendChild(p);
    return p;
  }

  var ALLOWED = { P: 1, UL: 1, OL: 1, LI: 1, A: 1, STRONG: 1, EM: 1, CODE: 1, BR: 1, DEL: 1 };

  /** Copies the answer's HTML keeping only text, links and simple formatting. */
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
    more.textContent = core.t('faqPage');
    box.appendChild(more);
  }

  function showChoices(data, refs) {
    var box = message('club');
    box.appendChild(document.createTextNode(core.t('whichOne')));
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

  /** The club's contacts, and a link to search the site for the question. */
  function showHandover(question) {
    var box = message('club');
    box.setAttribute('data-handover', 'true');
    copySafe(handover, box);
    var p = document.createElement('p');
    var a = document.createElement('a');
    a.href = lookupUrl + '?q=' + encodeURIComponent(question);
    a.setAttribute('data-search', 'true');
    a.textContent = core.t('searchSite', question);
    p.appendChild(a);
    box.appendChild(p);
  }

  function showCard(card, text) {
    var box = message('club');
    if (!card) {
      box.textContent = core.t('noSuchCode', text.trim().toUpperCase());
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
    if (card.birthYear) facts.push(core.t('born', card.birthYear));
    if (card.grade) facts.push(core.t('inGrade', card.grade));
    if (card.school) facts.push(card.school);
    if (card.statusLabel) facts.push(card.statusLabel);
    if (card.since) facts.push(core.t('sinceMonth', card.since));
    var p = document.createElement('p');
    p.textContent = facts.join(' · ');
    box.appendChild(p);
  }

  /** Answers {@code text}; the returned promise resolves when the answer is shown. */
  function ask(text) {
    var question = text.trim();
    if (!question) return Promise.resolve();
    // the questions to start with have done their part: the conversation gets their room
    if (suggestions) suggestions.hidden = true;
    message('visitor').textContent = question;
    if (core.looksLikeCode(question)) {
      return core.findChild(core.codeKey(question), codesUrl, shardCount).then(function (card) {
        showCard(card, question);
      }, function () {
        message('club').textContent = core.t('codesFailed');
      });
    }
    return loadFaq().then(function (data) {
      var decision = decide(match(data, question), data);
      if (decision.kind === 'answer') showAnswer(data, decision.ref);
      else if (decision.kind === 'choices') showChoices(data, decision.refs);
      else showHandover(question);
      if (!decision.left.length) return null;
      return loadSearch().then(function (site) {
        return related(site, decision);
      }).then(showRelated, function () { /* the answer stands without the pages */ });
    }, function () {
      message('club').textContent = core.t('answersFailed');
    }).then(function () {
      log.scrollTop = log.scrollHeight;
    });
  }

  /* ---- the panel ---- */

  /* The panel takes the visual viewport's height and top (docs/search.md). */
  function fit() {
    var view = window.visualViewport;
    var height = view ? view.height : window.innerHeight;
    dialog.style.setProperty('--assistant-height', Math.floor(height) + 'px');
    dialog.style.setProperty('--assistant-top', Math.floor(view ? view.offsetTop : 0) + 'px');
    // the keyboard opening shortens the conversation: keep its last message in view
    if (dialog.open) log.scrollTop = log.scrollHeight;
  }

  function open() {
    fit();
    if (!dialog.open) dialog.showModal();
    input.focus();
  }

  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', fit);
    window.visualViewport.addEventListener('scroll', fit);
  }
  window.addEventListener('resize', fit);

  /* The button stands in the header, kept invisible until shown (docs/search.md). */
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
    limits: LIMIT, // for AssistantEval crossval limit.name=value
    open: open,
    /** For tests: the decision for a question, without showing it. */
    decide: function (text) {
      return loadFaq().then(function (data) { return decide(match(data, text), data); });
    },
    /** For tuning (AssistantEval): the question's words and its first six hits. */
    explain: function (text) {
      return loadFaq().then(function (data) {
        var r = match(data, text);
        return { words: r.words, unknown: r.unknown, total: r.total, weighed: r.weighed, asked: r.asked, hits: r.hits.slice(0, 6).map(function (h) {
          return { ref: h.ref, rank: h.rank, score: h.score, coverage: h.coverage, strong: h.strong, matched: h.matched, pairs: h.pairs,
            topical: h.topical, ownPairs: h.ownPairs, covered: h.covered };
        }) };
      });
    },
    /** For tests: the pages of the site the assistant would point at for a question. */
    related: function (text) {
      return Promise.all([loadFaq(), loadSearch()]).then(function (loaded) {
        var decision = decide(match(loaded[0], text), loaded[0]);
        return related(loaded[1], decision);
      }).then(function (pages) { return pages.map(function (p) { return p.ref; }); });
    }
  };
})();
