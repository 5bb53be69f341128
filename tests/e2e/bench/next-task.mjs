// What the benchmarks' in-page code waits with: `window.benchNextTask()` resolves in a later task
// of the page's event loop, without setTimeout's clamping. Installed with
// `page.addInitScript(installNextTask)` before the page loads.
//
// One MessageChannel serves every wait: a channel per wait is not collected while its ports
// live, and thousands of them (a 2 s wait is thousands of tasks) grew a page to 2 GB and stalled
// it in garbage collection for up to 19 s (tests/e2e/bench/throttled.mjs never finished on ttz3l
// and the explorer).
export function installNextTask() {
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()();
  window.benchNextTask = () => new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}
