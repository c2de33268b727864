() => {
  /*
   * The tenth round's rescue (docs/search.md, "The tenth round"), measured by AssistantEval crossval
   * and not in the page's script, since it did not generalise: a question the confidence rule hands
   * over is answered with the answer whose visitor's question ("asked", which CrossValidation writes
   * into the built FAQ data) or own line ("lines": question and wordings, there with off-topic
   * questions) is nearest, when at least limits.rescue near, limits.rescueOver times as
   * near as any other answer's and as any off-topic question, and (with limits.rescueTop) among the
   * first hits. Nearness is the F-measure of the off-topic comparison. Only the limits.rescueRead
   * lines sharing most of the question's weight are read. Installed in the page by the measurement
   * and its test as the assistant's hook, window.vungcaoAssistant.rescue(data, result, match).
   */
  var api = window.vungcaoAssistant;
  var defaults = { rescue: 0.3, rescueOver: 1.5, rescueRead: 40, rescueTop: 0 };
  Object.keys(defaults).forEach(function (k) { if (api.limits[k] === undefined) api.limits[k] = defaults[k]; });
  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').split(/[^a-z0-9]+/).filter(Boolean);
  }
  function read(data, match, text) {
    var out = { w: Object.create(null), t: 0 };
    (match(data, text).weighed || []).forEach(function (w) { out.w[w.word] = w.weight; out.t += w.weight; });
    return out;
  }
  function near(result, line) {
    var r = 0, p = 0;
    result.weighed.forEach(function (w) { if (line.w[w.word] !== undefined) { r += w.weight; p += line.w[w.word]; } });
    r = result.total ? r / result.total : 0;
    p = line.t ? p / line.t : 0;
    return r + p ? 2 * r * p / (r + p) : 0;
  }
  api.rescue = function (data, result, match) {
    var L = api.limits;
    if (!data.asked) return null;
    if (!data.rescue) {
      var all = [];
      [data.asked, data.lines].forEach(function (kind) {
        Object.keys(kind || {}).forEach(function (ref) {
          kind[ref].forEach(function (text) {
            var has = Object.create(null);
            fold(text).forEach(function (s) { has[s] = true; });
            all.push({ ref: ref, text: text, has: has, read: null });
          });
        });
      });
      data.rescue = { lines: all, neg: (data.offtopic || []).map(function (t) { return read(data, match, t); }) };
    }
    var own = [];
    result.weighed.forEach(function (w) {
      if (w.weight > 0) fold(String(w.word)).forEach(function (s) { own.push({ s: s, weight: w.weight }); });
    });
    var shared = data.rescue.lines.map(function (line) {
      var sum = 0;
      own.forEach(function (o) { if (line.has[o.s]) sum += o.weight; });
      return { line: line, sum: sum };
    }).filter(function (c) { return c.sum > 0; });
    shared.sort(function (a, b) { return b.sum - a.sum; });
    var byRef = Object.create(null);
    shared.slice(0, L.rescueRead).forEach(function (c) {
      if (!c.line.read) c.line.read = read(data, match, c.line.text);
      byRef[c.line.ref] = Math.max(byRef[c.line.ref] || 0, near(result, c.line.read));
    });
    var refs = Object.keys(byRef).sort(function (a, b) { return byRef[b] - byRef[a]; });
    var first = byRef[refs[0]] || 0, next = byRef[refs[1]] || 0;
    if (first < L.rescue || first < next * L.rescueOver) return null;
    var neg = data.rescue.neg.reduce(function (m, line) { return Math.max(m, near(result, line)); }, 0);
    if (first < neg * L.rescueOver) return null;
    if (L.rescueTop && !result.hits.slice(0, L.rescueTop).some(function (h) { return h.ref === refs[0]; })) return null;
    return refs[0];
  };
}
