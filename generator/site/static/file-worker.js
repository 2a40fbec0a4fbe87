/* Offline search for a briefing opened from the file system (file://).
 *
 * Browsers refuse `new Worker(url)` for file:// pages, so Material's search worker
 * never starts there. In the offline bundle this script, loaded before Material's
 * bundle, replaces Worker with a stand-in. It loads the worker's source text from a
 * script next to it (written by generator/site/offline.py) and starts a real worker
 * from a blob: the search index is built off the main thread, and the page takes
 * keystrokes meanwhile. Where the blob worker is refused, or its script is missing
 * (search languages that load more files), the same worker script runs inside a hidden
 * same-origin iframe instead. Nothing is loaded from the network.
 *
 * Where the bundle carries the lunr index built ahead (`__prebuilt`, English search),
 * the worker loads it instead of building one (worker/prebuilt-search.js runs before
 * Material's worker script and answers the queries): a fraction of a second instead of
 * seconds at a thousand articles (tests/bench/search.py).
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

  function suggest() {
    var config = document.getElementById("__config");
    try {
      return JSON.parse(config.textContent).features.indexOf("search.suggest") >= 0;
    } catch (error) {
      return false;
    }
  }

  // Stands in for Material's one worker: a real worker from the worker's source text,
  // or the iframe stand-in. Messages posted before it exists wait in a queue.
  function FileWorker(url) {
    var self = this;
    var worker = null;
    var queue = [];
    var listeners = [];
    var setupSent = false; // by this stand-in, ahead of Material
    var materialSetup = false; // Material's own setup went through first
    var waiting = false; // for the index built ahead: messages wait in the queue
    var asked = false; // its script was asked for
    this.onmessage = null;
    this.onerror = null;

    function deliver(data) {
      if (data && data.type === READY) { window.__searchReady = true; }
      var event = new MessageEvent("message", { data: data });
      if (typeof self.onmessage === "function") { self.onmessage(event); }
      listeners.slice().forEach(function (listener) { listener.call(self, event); });
    }
    function post(data) {
      if (data && data.type === SETUP && window.__searchPrebuilt === true) {
        if (typeof window.__prebuilt !== "string" && !asked) {
          // The index built ahead comes in a script of its own: set up once it is
          // there (or, should it fail to load, let Material's worker build one), and
          // hold what follows until then.
          asked = waiting = true;
          prebuilt(function () {
            waiting = false;
            post(data);
            flush();
          });
          return;
        }
        if (typeof window.__prebuilt === "string") {
          var setup = Object.assign({}, data.data, { prebuilt: window.__prebuilt });
          worker.postMessage({ type: SETUP, data: setup }); // see worker/prebuilt-search.js
          return;
        }
      }
      worker.postMessage(data);
    }
    function flush() {
      while (queue.length && !waiting) { post(queue.shift()); }
    }
    function use(chosen) {
      worker = chosen;
      worker.onmessage = function (event) { deliver(event.data); };
      worker.onerror = function (error) {
        if (typeof self.onerror === "function") { self.onerror(error); }
      };
      flush();
    }
    function frame() { use(new FrameWorker(url)); }

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
        if (setupSent) { return; } // the worker has this index already
        materialSetup = true;
      }
      if (worker && !waiting) { post(data); } else { queue.push(data); }
    };
    this.terminate = function () {
      if (worker) { worker.terminate(); }
    };

    // A script of the search folder, loaded once; `done` runs when it is there.
    var loaded = {};
    function searchScript(name, done) {
      var entry = loaded[name];
      if (!entry) {
        entry = loaded[name] = { done: false, waiting: [] };
        var tag = document.createElement("script");
        tag.src = new URL("../../../search/" + name, script.src).href;
        tag.onload = tag.onerror = function () {
          entry.done = true;
          entry.waiting.splice(0).forEach(function (callback) { callback(); });
        };
        document.head.appendChild(tag);
      }
      if (entry.done) { done(); } else { entry.waiting.push(done); }
    }
    function prebuilt(done) { searchScript("prebuilt_index.js", done); }

    // The index script, as Material itself would load it, then the setup message.
    function setupEarly() {
      if (materialSetup) { return; } // Material's setup is on its way already
      if (window.__searchPrebuilt === true) { prebuilt(function () {}); } // meanwhile
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
      var real;
      if (typeof window.__workerSource !== "string") {
        frame(); // search languages whose files the worker imports: no blob worker
        return;
      }
      try {
        var blob = new Blob([window.__workerSource], { type: "text/javascript" });
        real = new NativeWorker(URL.createObjectURL(blob));
      } catch (error) {
        frame();
        return;
      }
      use(real);
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
