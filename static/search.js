/* Client-side search over the sharded index in assets/search/ (site_builder/render/search.py).
 *
 * Shards are scripts added on demand (no fetch: it works from file://). A query loads index.js,
 * for each word the term shard of its exact term and, for a prefix of three letters or more, up
 * to two deeper shards of its expansions, the name shards the same way, and the document shards
 * of the results on screen. Ranking is BM25 with title and name boosts; words match by prefix
 * and without diacritics; person:, org:, place:, tag: and year: (or the filter fields) filter.
 * Results are built with textContent and <mark> elements, never innerHTML.
 */
(function () {
  "use strict";
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var WORD = /[\p{L}\p{N}]+/gu;
  var FACETS = { person: "p", people: "p", org: "o", organization: "o", organisation: "o", place: "l", tag: "t", year: "y" };
  var K1 = 1.2, B = 0.75, TITLE_BOOST = 3, NAME_BOOST = 2, EXPANSION = 0.6, MAX_EXPANSIONS = 10, PAGE = 10;

  var script = document.currentScript;
  var base = script ? script.src.replace(/search\.js(\?.*)?$/, "search/") : "assets/search/";
  var store = { meta: null, t: {}, n: {}, d: {} };
  var waiting = {};

  window.SEARCH = {
    meta: function (m) { store.meta = m; },
    terms: function (i, shard) { store.t[i] = shard; },
    names: function (i, shard) { store.n[i] = shard; },
    docs: function (i, docs) { store.d[i] = docs; }
  };

  function load(kind, i) {
    var name = kind === "index" ? "index" : kind + i;
    if (kind === "index" ? store.meta : store[kind][i]) return Promise.resolve();
    if (!waiting[name]) {
      waiting[name] = new Promise(function (resolve) {
        var tag = document.createElement("script");
        tag.src = base + name + ".js";
        tag.onload = tag.onerror = function () { resolve(); };
        document.head.appendChild(tag);
      });
    }
    return waiting[name];
  }

  function fold(s) { return (s || "").normalize("NFKD").replace(MARKS, "").toLowerCase(); }
  function words(s) { return (fold(s).match(WORD) || []).filter(function (w) { return w.length >= 2; }); }

  /* The shards for a word: its exact term's, and two deeper ones for a prefix (as render/search.py chooses). */
  function chosen(listing, word) {
    var exact = -1, chosenList = [];
    listing.forEach(function (entry, i) {
      if (word.indexOf(entry[0]) === 0 && (exact < 0 || entry[0].length > listing[exact][0].length)) exact = i;
    });
    if (exact >= 0) chosenList.push(exact);
    if (word.length >= 3) {
      var deeper = [];
      listing.forEach(function (entry, i) { if (i !== exact && entry[0].indexOf(word) === 0) deeper.push(i); });
      deeper.sort(function (x, y) { return listing[y][1] - listing[x][1] || x - y; });
      chosenList = chosenList.concat(deeper.slice(0, 2));
    }
    return chosenList;
  }

  function decode(postings) {
    var docs = [], weights = [], doc = -1, value = 0;
    for (var i = 0; i < postings.length; i++) {
      var c = ALPHABET.indexOf(postings[i]);
      if (c >= 32) { value = value * 32 + (c - 32); continue; }
      doc += value * 32 + c + 1;
      value = 0;
      docs.push(doc);
      weights.push(ALPHABET.indexOf(postings[++i]));
    }
    return { docs: docs, weights: weights };
  }

  /* Terms of the loaded shards matching a word: the exact one, and expansions of a prefix. */
  function matchingTerms(shards, word) {
    var found = [];
    shards.forEach(function (shard) {
      Object.keys(shard || {}).forEach(function (term) {
        if (term === word) found.push({ term: term, postings: shard[term], factor: 1 });
        else if (word.length >= 3 && term.indexOf(word) === 0) found.push({ term: term, postings: shard[term], factor: EXPANSION });
      });
    });
    found.sort(function (x, y) { return y.factor - x.factor || y.postings.length - x.postings.length; });
    return found.slice(0, MAX_EXPANSIONS);
  }

  function lengthOf(doc) { return Math.pow(2, ALPHABET.indexOf(store.meta.dl[doc]) / 4) - 1; }

  /* {doc: score} of the documents a word matches (best of its terms). */
  function scoreWord(word) {
    var listing = store.meta.terms, n = store.meta.n, avg = store.meta.avgdl || 1;
    var shards = chosen(listing, word).map(function (i) { return store.t[i]; });
    var scores = new Map();
    matchingTerms(shards, word).forEach(function (m) {
      var p = decode(m.postings), df = p.docs.length;
      var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      p.docs.forEach(function (doc, j) {
        var w = p.weights[j];
        var tf = (w & 15) + (w & 16 ? TITLE_BOOST : 0) + (w & 32 ? NAME_BOOST : 0);
        var s = m.factor * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengthOf(doc) / avg));
        if (!(scores.get(doc) >= s)) scores.set(doc, s);
      });
    });
    return scores;
  }

  function parse(text, fields) {
    var query = { words: [], facets: [] };
    (text || "").split(/\s+/).forEach(function (token) {
      var m = /^([a-z]+):(.*)$/i.exec(token);
      if (m && FACETS[m[1].toLowerCase()]) {
        words(m[2]).forEach(function (w) { query.facets.push(FACETS[m[1].toLowerCase()] + ":" + w); });
      } else {
        query.words = query.words.concat(words(token));
      }
    });
    fields.forEach(function (field) {
      words(field.value).forEach(function (w) { query.facets.push(field.getAttribute("data-facet") + ":" + w); });
    });
    return query;
  }

  function search(query) {
    var all = query.words.concat(query.facets);
    var needed = [];
    all.forEach(function (w) { chosen(store.meta.terms, w).forEach(function (i) { needed.push(load("t", i)); }); });
    query.words.forEach(function (w) { chosen(store.meta.names, w).forEach(function (i) { needed.push(load("n", i)); }); });
    return Promise.all(needed).then(function () {
      var total = null;
      all.forEach(function (w) {
        var scores = scoreWord(w), isFacet = w.indexOf(":") > 0;
        if (total === null) {
          total = new Map();
          scores.forEach(function (s, doc) { total.set(doc, isFacet ? 0 : s); });
          return;
        }
        total.forEach(function (s, doc) {
          if (!scores.has(doc)) total.delete(doc);
          else if (!isFacet) total.set(doc, s + scores.get(doc));
        });
      });
      var hits = [];
      (total || new Map()).forEach(function (s, doc) { hits.push([doc, s]); });
      hits.sort(function (x, y) { return y[1] - x[1] || x[0] - y[0]; });
      return { hits: hits, entities: entitiesFor(query.words) };
    });
  }

  function entitiesFor(qwords) {
    if (!qwords.length) return [];
    var seen = {}, found = [];
    chosen(store.meta.names, qwords[0]).forEach(function (i) {
      var shard = store.n[i] || {};
      Object.keys(shard).forEach(function (term) {
        if (term !== qwords[0] && !(qwords[0].length >= 3 && term.indexOf(qwords[0]) === 0)) return;
        shard[term].forEach(function (e) {
          var nameWords = words(e[0]);
          var all = qwords.every(function (q) { return nameWords.some(function (w) { return w === q || (q.length >= 3 && w.indexOf(q) === 0); }); });
          if (all && !seen[e[2]]) { seen[e[2]] = true; found.push(e); }
        });
      });
    });
    found.sort(function (x, y) { return y[3] - x[3] || (x[0] < y[0] ? -1 : 1); });
    return found.slice(0, 8);
  }

  /* The text around the first matched word, with every matched word in a <mark>. */
  function context(text, qwords, limit) {
    var folded = "", map = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text[i]);
      for (var j = 0; j < f.length; j++) { folded += f[j]; map.push(i); }
    }
    var spans = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(folded)) !== null) {
      var token = m[0];
      if (qwords.some(function (q) { return token === q || (q.length >= 3 && token.indexOf(q) === 0); })) {
        spans.push([map[m.index], map[m.index + token.length - 1] + 1]);
      }
    }
    if (!spans.length) return null;
    var start = Math.max(0, spans[0][0] - 60);
    var end = Math.min(text.length, start + limit);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var parts = [], at = start;
    spans.forEach(function (s) {
      if (s[0] < at || s[1] > end) return;
      parts.push([text.slice(at, s[0]), false], [text.slice(s[0], s[1]), true]);
      at = s[1];
    });
    parts.push([text.slice(at, end), false]);
    if (start > 0) parts.unshift(["… ", false]);
    if (end < text.length) parts.push([" …", false]);
    return parts;
  }

  function fill(element, parts) {
    parts.forEach(function (part) {
      if (!part[0]) return;
      if (part[1]) { var mark = document.createElement("mark"); mark.textContent = part[0]; element.appendChild(mark); }
      else element.appendChild(document.createTextNode(part[0]));
    });
  }

  function item(kind, href, title, detail) {
    var li = document.createElement("li");
    var k = document.createElement("span"); k.className = "kind"; k.textContent = kind + " ";
    var a = document.createElement("a"); a.href = href; a.textContent = title;
    li.appendChild(k); li.appendChild(a);
    if (detail) { var p = document.createElement("div"); p.className = "meta"; detail(p); li.appendChild(p); }
    return li;
  }

  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  var fields = Array.prototype.slice.call(document.querySelectorAll("[data-facet]"));
  var current = 0, shown = 0, state = null;

  function showArticles(run, query) {
    var page = state.hits.slice(shown, shown + PAGE);
    var size = store.meta.docShard;
    var shards = {};
    page.forEach(function (h) { shards[Math.floor(h[0] / size)] = true; });
    return Promise.all(Object.keys(shards).map(function (i) { return load("d", i); })).then(function () {
      if (run !== current) return;
      page.forEach(function (h) {
        var doc = (store.d[Math.floor(h[0] / size)] || [])[h[0] % size];
        if (!doc) return;
        list.appendChild(item("article", doc[1], doc[0], function (p) {
          p.appendChild(document.createTextNode(doc[2] + " — "));
          var parts = query.words.length ? (context(doc[4], query.words, 220) || context(doc[0], query.words, 220)) : null;
          if (parts) fill(p, parts); else p.appendChild(document.createTextNode(doc[3]));
        }));
      });
      shown += page.length;
      more.hidden = shown >= state.hits.length;
    });
  }

  function run() {
    var query = parse(input.value, fields);
    var mine = ++current;
    list.textContent = "";
    more.hidden = true;
    if (!query.words.length && !query.facets.length) { status.textContent = ""; return; }
    status.textContent = "Searching…";
    load("index").then(function () { return search(query); }).then(function (result) {
      if (mine !== current) return;
      state = result;
      shown = 0;
      result.entities.forEach(function (e) {
        list.appendChild(item(e[1], e[2], e[0], function (p) { p.textContent = e[3] + " mentions"; }));
      });
      var n = result.hits.length, names = result.entities.length;
      return showArticles(mine, query).then(function () {  // the count once the first results are on screen
        if (mine !== current) return;
        status.textContent = (n + names) + (n + names === 1 ? " result" : " results") +
          (n && names ? " (" + n + (n === 1 ? " article, " : " articles, ") + names + (names === 1 ? " name)" : " names)") : "");
      });
    });
  }

  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(run, 120); }
  input.addEventListener("input", later);
  fields.forEach(function (f) { f.addEventListener("input", later); });
  more.addEventListener("click", function () { showArticles(current, parse(input.value, fields)); });
  var params = new URLSearchParams(location.search);
  if (params.get("q")) input.value = params.get("q");
  fields.forEach(function (f) { if (params.get(f.name)) f.value = params.get(f.name); });
  run();
})();
