/* Search over an index built ahead (generator/site/search_prebuilt.py), inside the offline
 * bundle's search worker. This script runs before Material's worker script in the same
 * worker (offline.py joins the two): it keeps Material's message handler aside, and when
 * a setup message brings a prebuilt index (`prebuilt`, its JSON text) it loads that index
 * with Material's lunr instead of building one, and answers the queries itself, in the
 * shape Material's search results take: pages with their matching sections, the words
 * found marked, the words missing listed. Any other setup goes to Material's handler.
 * Material 9.8's worker messages: 0 setup, 1 ready, 2 query, 3 result.
 */
(function () {
  "use strict";
  var SETUP = 0;
  var READY = 1;
  var QUERY = 2;
  var RESULT = 3;
  var scope = self;
  var listen = scope.addEventListener.bind(scope);
  var material = [];
  var search = null; // the prebuilt index's search, once loaded

  // Material's worker registers its handler as it loads: keep it aside.
  scope.addEventListener = function (type, listener) {
    if (type === "message") { material.push(listener); } else { listen(type, listener); }
  };

  listen("message", function (event) {
    var message = event.data;
    if (message && message.type === SETUP && typeof message.data.prebuilt === "string") {
      search = prepare(message.data);
      scope.postMessage({ type: READY });
      return;
    }
    if (message && message.type === QUERY && search) {
      var answer;
      try {
        answer = search(message.data);
      } catch (error) {
        answer = { items: [] }; // a query lunr cannot parse finds nothing, as in Material
      }
      scope.postMessage({ type: RESULT, data: answer });
      return;
    }
    material.forEach(function (listener) { listener.call(scope, event); });
  });

  // Calls back (start, end) for each stretch of `text` between separators (`separator`
  // a global regular expression, reused: its position is reset here).
  function pieces(text, separator, callback) {
    var pattern = separator;
    pattern.lastIndex = 0;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) { callback(last, match.index); }
      last = match.index + match[0].length;
      if (match[0].length === 0) { pattern.lastIndex += 1; }
    }
    if (last < text.length) { callback(last, text.length); }
  }

  function prepare(data) {
    var lunr = scope.lunr;
    var separator = new RegExp(data.config.separator || "[\\s\\-]+", "g");
    var index = lunr.Index.load(JSON.parse(data.prebuilt));
    var fields = index.fields;
    var docs = data.docs;
    // A page and its sections: the first document of a path stands for the page.
    var pages = {};
    var byLocation = {};
    docs.forEach(function (doc) { byLocation[doc.location] = doc; });
    var parent = docs.map(function (doc) {
      var path = String(doc.location).split("#")[0];
      if (!(path in pages)) { pages[path] = doc; return null; }
      return pages[path];
    });

    // The words typed, as Material reads them: quoted words all required, a trailing
    // wildcard on each word, words split where the index splits them.
    function normalise(value) {
      return value.trim()
        .split(/"([^"]+)"/g)
        .map(function (part, i) { return i & 1 ? part.replace(/^\b|^(?![^\x00-\x7F]|$)|\s+/g, " +") : part; })
        .join("")
        .replace(/"|(?:^|\s+)[*+\-:^~]+(?=\s+|$)/g, "")
        .split(/\s+/g)
        .reduce(function (terms, term) { return terms.concat(split(term)); }, [])
        .map(function (term) { return /([~^]$)/.test(term) ? term + "1" : term; })
        .map(function (term) { return /(^[+-]|[~^]\d+$)/.test(term) ? term : term + "*"; })
        .join(" ");
    }
    function split(term) {
      var out = [];
      var lexer = new lunr.QueryLexer(term);
      lexer.run();
      lexer.lexemes.forEach(function (lexeme) {
        if (lexeme.type === "FIELD" && fields.indexOf(lexeme.str) < 0) {
          term = term.slice(0, lexeme.end) + " " + term.slice(lexeme.end + 1);
        } else if (lexeme.type === "TERM") {
          pieces(lexeme.str, separator, function (lo, hi) {
            out.push(term.slice(0, lexeme.start) + lexeme.str.slice(lo, hi) + term.slice(lexeme.end));
          });
        }
      });
      return out;
    }
    function clauses(query) {
      var parsed = new lunr.Query(fields);
      new lunr.QueryParser(query, parsed).parse();
      return parsed.clauses
        .filter(function (c) { return c.presence !== lunr.Query.presence.PROHIBITED; })
        .map(function (c) { return c.term.replace(/^\*|\*$/g, ""); });
    }

    // The index's words found in a field marked, in the text between tags only; of a
    // long text, the first two blocks (paragraphs, lists) that hold a word found.
    function mark(html, found, blocks) {
      var parts = [];
      var depth = 0;
      var start = 0;
      var re = /<(\/?)[^>]*?(\/?)>/g;
      var tag;
      while ((tag = re.exec(html)) !== null) {
        if (tag[1]) { depth -= 1; } else if (!tag[2]) { depth += 1; }
        if (depth === 0) { parts.push(html.slice(start, re.lastIndex)); start = re.lastIndex; }
      }
      if (start < html.length) { parts.push(html.slice(start)); }
      parts = parts.map(function (part) { return part.trim(); }).filter(Boolean);
      var marked = [];
      parts.forEach(function (part) {
        var hit = false;
        var out = part.replace(/(<[^>]*>)|([^<]+)/g, function (all, tagText, text) {
          if (tagText) { return tagText; }
          var result = "";
          var last = 0;
          pieces(text, separator, function (lo, hi) {
            var word = text.slice(lo, hi);
            if (found[word.toLowerCase()]) {
              result += text.slice(last, lo) + "<mark>" + word + "</mark>";
              last = hi;
              hit = true;
            }
          });
          return result + text.slice(last);
        });
        if (hit || !blocks) { marked.push({ text: out, hit: hit }); }
      });
      if (!blocks) { return marked.map(function (m) { return m.text; }).join(""); }
      return marked.slice(0, 2).map(function (m) { return m.text; }).join("");
    }

    return function (value) {
      var query = normalise(value);
      if (!query) { return { items: [] }; }
      var wanted = clauses(query);
      var groups = new Map();
      var scored = index.search(query).map(function (result) {
        var number = Number(result.ref);
        var doc = Object.assign({}, docs[number]);
        var keys = Object.keys(result.matchData.metadata);
        var found = {};
        keys.forEach(function (key) { found[key] = true; });
        // The words typed: found, or missing (a stop word missing is not listed).
        var terms = {};
        wanted.forEach(function (term) {
          var hit = keys.some(function (key) { return key.indexOf(term.toLowerCase()) === 0; });
          if (hit) { terms[term] = true; } else if (lunr.stopWordFilter(term)) { terms[term] = false; }
        });
        var listed = Object.keys(terms);
        fields.forEach(function (field) {
          var hit = keys.some(function (key) { return field in result.matchData.metadata[key]; });
          if (hit && typeof doc[field] === "string") { doc[field] = mark(doc[field], found, field === "text"); }
        });
        var share = listed.length ? listed.filter(function (t) { return terms[t]; }).length / listed.length : 0;
        var boost = (parent[number] ? 0 : 1) + share;
        doc.score = result.score * (1 + boost * boost);
        doc.terms = terms;
        doc.page = parent[number] ? parent[number].location : doc.location;
        return doc;
      });
      scored.sort(function (a, b) { return b.score - a.score; });
      scored.forEach(function (doc) {
        var page = doc.page;
        delete doc.page;
        if (!groups.has(page)) { groups.set(page, []); }
        groups.get(page).push(doc);
      });
      groups.forEach(function (group, page) {
        if (!group.some(function (doc) { return doc.location === page; })) {
          var own = byLocation[page] || pages[page];
          if (own) { group.push(Object.assign({}, own, { score: 0, terms: {} })); }
        }
      });
      var answer = { items: Array.from(groups.values()) };
      if (data.options && data.options.suggest) {
        var titled = index.query(function (q) {
          wanted.forEach(function (term) {
            q.term(term, {
              fields: ["title"],
              presence: lunr.Query.presence.REQUIRED,
              wildcard: lunr.Query.wildcard.TRAILING
            });
          });
        });
        answer.suggest = titled.length ? Object.keys(titled[0].matchData.metadata) : [];
      }
      return answer;
    };
  }
})();
