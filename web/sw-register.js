// Registers the service worker (sw.js) that keeps the analyser working offline after one visit.
// A file of its own rather than an inline script, so the page runs under a Content-Security-
// Policy without 'unsafe-inline'. Registration waits for the page to load and for the app to say
// its first view is on screen (the `histanalyser:first-view` event: an analysis's plots and
// yields painted, web/src/ui/mod.rs), so the worker's precache — every file of the build — never
// competes with the first start for the network or the CPU; if the app never says so (it could
// not start), ten seconds after the load. Browsers only allow service workers on https:// and on
// localhost; elsewhere, and on file://, this does nothing.
//
// Never in embed mode (`embed=1`) or inside any frame: a host site framing the analyser would
// otherwise make every visitor precache the whole build for a page they only glanced at.
const embedded = new URLSearchParams(window.location.search).get('embed') === '1' || window.self !== window.top;
if ('serviceWorker' in navigator && window.isSecureContext && !embedded) {
  let loaded = false;
  let shown = false;
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    navigator.serviceWorker.register('./sw.js').catch((error) => {
      console.warn('The offline copy could not be set up:', error);
    });
  };
  window.addEventListener('histanalyser:first-view', () => {
    shown = true;
    if (loaded) register();
  }, { once: true });
  window.addEventListener('load', () => {
    loaded = true;
    if (shown) register();
    else setTimeout(register, 10000);
  }, { once: true });
}
