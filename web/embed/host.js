// Host-page side of the histogram analyser's embedding protocol (docs/embedding.md).
//
// Put the analyser in an iframe marked `data-histanalyser` and load this file once:
//
//   <iframe src="https://example.org/analyser/?embed=1&lang=es" data-histanalyser
//           title="ATLAS Open Data histogram analyser" width="100%" height="600"></iframe>
//   <script src="https://example.org/analyser/embed/host.js" defer></script>
//
// The analyser posts {type: "histanalyser:resize", height} to its parent whenever its content
// changes height; this script sets the height of the iframe that sent it. A message is used only
// if it comes from the window of one of those iframes (event.source) and from the origin of that
// iframe's src (event.origin): another frame or window cannot resize anything, and the numbers
// are clamped. Nothing here is inline or evaluated, so it works under a strict
// Content-Security-Policy (script-src 'self' or the analyser's origin; frame-src the analyser's
// origin). It can also be copied into a host's own script file unchanged.
(function () {
  'use strict';
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 20000;

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-histanalyser]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  // The origin a frame's src points at, or null when it has none a message could come from
  // (no src, about:blank, data:, a sandboxed frame's "null").
  function originOf(frame) {
    var src = frame.getAttribute('src');
    if (!src) return null;
    try {
      var origin = new URL(src, document.baseURI).origin;
      return origin === 'null' ? null : origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    // Only a plain object carrying exactly a finite number: no strings, arrays, NaN, ±∞ or
    // numbers in strings, whatever a page in another frame sends.
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
    if (data.type !== 'histanalyser:resize') return;
    var requested = data.height;
    if (typeof requested !== 'number' || !isFinite(requested)) return;
    if (!event.source || event.source === window) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    // A frame that navigated elsewhere keeps its window (event.source) but not its origin.
    var expected = originOf(frame);
    if (expected === null || event.origin !== expected) return;
    var height = Math.ceil(Math.min(Math.max(requested, MIN_HEIGHT), MAX_HEIGHT));
    if (frame.getAttribute('data-histanalyser-height') === String(height)) return;
    frame.style.height = height + 'px';
    frame.setAttribute('data-histanalyser-height', String(height));
  });
})();
