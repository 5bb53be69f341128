// Registers the service worker (sw.js) that keeps the analyser working offline after one visit.
// A file of its own rather than an inline script, so the page runs under a Content-Security-
// Policy without 'unsafe-inline'. Registration waits for the page to load, so the worker's
// downloads never compete with the first start on a slow network. Browsers only allow service
// workers on https:// and on localhost; elsewhere, and on file://, this does nothing.
if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error) => {
      console.warn('The offline copy could not be set up:', error);
    });
  });
}
