/* Offline search for a briefing opened from the file system (file://).
 *
 * Browsers refuse `new Worker(url)` for file:// pages, so Material's search worker
 * never starts there. In the offline bundle this script, loaded before Material's
 * bundle, replaces Worker with a stand-in that runs the same worker script inside a
 * hidden same-origin iframe and passes messages both ways. It loads nothing from the
 * network: the worker script and the search index are files of the bundle.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") {
    return;
  }

  function FileWorker(url) {
    var self = this;
    var listeners = [];
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
      var event = new MessageEvent("message", { data: data });
      if (typeof self.onmessage === "function") {
        self.onmessage(event);
      }
      listeners.slice().forEach(function (listener) {
        listener.call(self, event);
      });
    }

    function send(data) {
      scope.dispatchEvent(new scope.MessageEvent("message", { data: data }));
    }

    // What the worker script sees as its global scope.
    scope.postMessage = function (data) {
      setTimeout(function () { deliver(data); }, 0);
    };
    scope.importScripts = function () {
      Array.prototype.forEach.call(arguments, function (src) {
        var s = scope.document.createElement("script");
        s.src = src;
        scope.document.head.appendChild(s);
      });
    };

    this.addEventListener = function (type, listener) {
      if (type === "message") { listeners.push(listener); }
    };
    this.removeEventListener = function (type, listener) {
      if (type === "message") {
        listeners = listeners.filter(function (l) { return l !== listener; });
      }
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
})();
