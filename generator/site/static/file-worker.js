/* Offline search for a briefing opened from the file system (file://).
 *
 * Browsers refuse `new Worker(url)` for file:// pages, so Material's search worker
 * never starts there. In the offline bundle this script, loaded before Material's
 * bundle, replaces Worker with a stand-in. It loads the worker's source text from a
 * script next to it (written by generator/site/offline.py) and starts a real worker
 * from a blob: the search index is built off the main thread, and the page takes
 * keystrokes meanwhile. One worker per core (at most four) each builds the index of
 * a share of the pages, and their answers to a query are merged into one: Material
 * builds its index in the browser, and on two cores this cuts the wait by about a
 * tenth (tests/bench/search_ab.py). Each shard scores against its own pages, so the
 * order of results may differ a little from one index's; the pages found are the
 * same. Where that script is missing (search languages that load more files) or a
 * blob worker is refused, the same worker script runs inside a hidden same-origin
 * iframe instead. Nothing is loaded from the network.
 *
 * Under file:// Material starts building the index only when the reader first opens
 * search. With a real worker and an index of moderate size (`__searchEarly`, set by
 * offline.py) the stand-in starts it as the page opens: it sends the setup message
 * Material would send (the index's config and documents, and the suggest option) and
 * lets Material's own setup pass when it comes.
 * Material 9.8's worker messages: 0 setup, 1 ready, 2 query, 3 result.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") {
    return;
  }

  var NativeWorker = window.Worker;
  var SETUP = 0;
  var READY = 1;
  var QUERY = 2;
  var RESULT = 3;

  function suggest() {
    var config = document.getElementById("__config");
    try {
      return JSON.parse(config.textContent).features.indexOf("search.suggest") >= 0;
    } catch (error) {
      return false;
    }
  }

  // How many workers share the index: one per core, at most four.
  function shardCount() {
    var cores = navigator.hardwareConcurrency || 1;
    return Math.max(1, Math.min(cores, 4));
  }

  // The documents of one page (a page and its sections share the path before "#")
  // stay together, as Material's results group sections under their page; pages go
  // to the shard with the least text so far, in the index's order (deterministic).
  function partition(docs, count) {
    var parts = [];
    var sizes = [];
    var shardOf = {};
    for (var i = 0; i < count; i++) { parts.push([]); sizes.push(0); }
    docs.forEach(function (doc) {
      var page = String(doc.location).split("#")[0];
      if (!(page in shardOf)) {
        var least = 0;
        for (var j = 1; j < count; j++) { if (sizes[j] < sizes[least]) { least = j; } }
        shardOf[page] = least;
      }
      var k = shardOf[page];
      parts[k].push(doc);
      sizes[k] += (doc.text || "").length + (doc.title || "").length;
    });
    return parts;
  }

  // One answer from the shards' answers: their page groups ordered by each group's best
  // score (Material orders them so within one index), the suggestion of the best one.
  function merge(answers) {
    var groups = [];
    var suggest;
    var best = -Infinity;
    answers.forEach(function (answer) {
      (answer.items || []).forEach(function (group) { groups.push(group); });
      var top = answer.items && answer.items.length ? answer.items[0][0].score : -Infinity;
      if (answer.suggest !== undefined && (suggest === undefined || top > best)) {
        suggest = answer.suggest;
        best = top;
      }
    });
    groups.sort(function (a, b) { return b[0].score - a[0].score; });
    var merged = { items: groups };
    if (suggest !== undefined) { merged.suggest = suggest; }
    return merged;
  }

  // Stands in for Material's one worker: real workers from the worker's source text,
  // each building the index of a share of the pages at the same time (the index is
  // built in the browser; on two cores this cuts the wait by about a tenth), or the
  // iframe stand-in.
  // Queries go to every shard; each answers in order, and the answers to one query
  // are merged into one. Messages posted before the workers exist wait in a queue.
  function FileWorker(url) {
    var self = this;
    var shards = null;
    var queue = [];
    var listeners = [];
    var setupSent = false; // by this stand-in, ahead of Material
    var materialSetup = false; // Material's own setup went through first
    var ready = 0;
    var pending = []; // queries in flight: the answers gathered so far, per shard
    var answered = []; // per shard: how many of the pending queries it answered
    this.onmessage = null;
    this.onerror = null;

    function deliver(data) {
      if (data && data.type === READY) { window.__searchReady = true; }
      var event = new MessageEvent("message", { data: data });
      if (typeof self.onmessage === "function") { self.onmessage(event); }
      listeners.slice().forEach(function (listener) { listener.call(self, event); });
    }
    function receive(index, data) {
      if (data && data.type === READY) {
        ready += 1;
        if (ready === shards.length) { deliver(data); }
        return;
      }
      if (!data || data.type !== RESULT) { deliver(data); return; }
      if (!pending[answered[index]]) { return; } // an answer to no query of ours
      pending[answered[index]][index] = data.data;
      answered[index] += 1;
      while (pending.length && pending[0].filter(function (a) { return a; }).length ===
             shards.length) {
        var answers = pending.shift();
        answered = answered.map(function (n) { return n - 1; });
        deliver({ type: RESULT, data: merge(answers) });
      }
    }
    function post(data) {
      if (data && data.type === SETUP) {
        var parts = partition(data.data.docs, shards.length);
        shards.forEach(function (shard, k) {
          shard.postMessage({
            type: SETUP,
            data: { config: data.data.config, docs: parts[k], options: data.data.options }
          });
        });
        return;
      }
      if (data && data.type === QUERY) { pending.push(shards.map(function () { return null; })); }
      shards.forEach(function (shard) { shard.postMessage(data); });
    }
    function use(workers) {
      shards = workers;
      answered = workers.map(function () { return 0; });
      workers.forEach(function (worker, index) {
        worker.onmessage = function (event) { receive(index, event.data); };
        worker.onerror = function (error) {
          if (typeof self.onerror === "function") { self.onerror(error); }
        };
      });
      queue.splice(0).forEach(post);
    }
    function frame() { use([new FrameWorker(url)]); }

    this.addEventListener = function (type, listener) {
      if (type === "message") { listeners.push(listener); }
    };
    this.removeEventListener = function (type, listener) {
      if (type === "message") {
        listeners = listeners.filter(function (l) { return l !== listener; });
      }
    };
    this.postMessage = function (data) {
      if (data && data.type === SETUP) {
        if (setupSent) { return; } // the workers have this index already
        materialSetup = true;
      }
      if (shards) { post(data); } else { queue.push(data); }
    };
    this.terminate = function () {
      if (shards) { shards.forEach(function (shard) { shard.terminate(); }); }
    };

    // The index script, as Material itself would load it, then the setup message.
    function setupEarly() {
      if (materialSetup) { return; } // Material's setup is on its way already
      var index = document.createElement("script");
      index.src = new URL("../../../search/search_index.js", script.src).href;
      index.onload = function () {
        if (materialSetup || typeof window.__index !== "object") { return; }
        setupSent = true;
        post({
          type: SETUP,
          data: {
            config: window.__index.config,
            docs: window.__index.docs,
            options: { suggest: suggest() }
          }
        });
      };
      document.head.appendChild(index);
    }

    var script = document.createElement("script");
    script.src = new URL(url, location.href).href.replace(/\.js$/, ".source.js");
    script.onload = function () {
      var workers = [];
      if (typeof window.__workerSource !== "string") {
        frame(); // search languages whose files the worker imports: no blob worker
        return;
      }
      try {
        var blob = new Blob([window.__workerSource], { type: "text/javascript" });
        var address = URL.createObjectURL(blob);
        for (var i = shardCount(); i > 0; i--) { workers.push(new NativeWorker(address)); }
      } catch (error) {
        workers.forEach(function (worker) { worker.terminate(); });
        frame();
        return;
      }
      use(workers);
      if (window.__searchEarly === true) { setupEarly(); }
    };
    script.onerror = frame;
    document.head.appendChild(script);
  }

  // The same worker script in a hidden same-origin frame, on the page's thread. Only
  // FileWorker talks to it, through onmessage and postMessage.
  function FrameWorker(url) {
    var self = this;
    var queue = [];
    var ready = false;
    var frame = document.createElement("iframe");
    frame.hidden = true;
    frame.setAttribute("aria-hidden", "true");
    frame.setAttribute("tabindex", "-1");
    frame.title = "search worker";
    (document.body || document.documentElement).appendChild(frame);
    var scope = frame.contentWindow;

    this.onmessage = null;
    this.onerror = null;

    function deliver(data) {
      if (typeof self.onmessage === "function") {
        self.onmessage(new MessageEvent("message", { data: data }));
      }
    }

    function send(data) {
      scope.dispatchEvent(new scope.MessageEvent("message", { data: data }));
    }

    // What the worker script sees as its global scope.
    scope.postMessage = function (data) {
      setTimeout(function () { deliver(data); }, 0);
    };
    // Material's worker waits on this (`yield importScripts(...)`) before it uses the
    // lunr language files: load them in order, then resolve.
    scope.importScripts = function () {
      return Array.prototype.reduce.call(arguments, function (done, src) {
        return done.then(function () {
          return new Promise(function (resolve, reject) {
            var s = scope.document.createElement("script");
            s.src = src;
            s.onload = resolve;
            s.onerror = reject;
            scope.document.head.appendChild(s);
          });
        });
      }, Promise.resolve());
    };

    this.postMessage = function (data) {
      if (ready) { send(data); } else { queue.push(data); }
    };
    this.terminate = function () {
      frame.remove();
    };

    var script = scope.document.createElement("script");
    script.src = new URL(url, location.href).href;
    script.onload = function () {
      ready = true;
      queue.splice(0).forEach(send);
    };
    script.onerror = function (error) {
      if (typeof self.onerror === "function") { self.onerror(error); }
    };
    scope.document.head.appendChild(script);
  }

  window.Worker = FileWorker;
  // Material's worker looks for this name in its parent to find the lunr language
  // files next to its own script when it runs in a frame.
  window.IFrameWorker = FrameWorker;
})();
