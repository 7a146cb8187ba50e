// The page's layout shifts, recorded in the page: npm run bench:site (scripts/measure-site.mjs) and
// the e2e test tests/e2e/steady.test.ts install the same observer (page.addInitScript) and read
// window.__fitplanShifts / window.__fitplanResizes. Playwright serialises the function: it uses
// nothing from this module.

/** Init script: records every layout-shift entry with the elements that moved (tag#id.class, and the
 * nearest ancestor with an id when the element has none) into window.__fitplanShifts, and every change
 * of height of the page's elements with an id or a card / field / fold class (ResizeObserver) into
 * window.__fitplanResizes: those that changed in the frame of a shift are its likely causes. */
export function installShiftObserver() {
  if (window.top !== window) return;
  const shifts = [];
  const resizes = [];
  window.__fitplanShifts = shifts;
  window.__fitplanResizes = resizes;
  const name = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`;
  const describe = (node) => {
    if (!node) return '(node gone)';
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return `${node.nodeName} (detached)`;
    let text = node.nodeType === 1 ? name(el) : `text in ${name(el)}`;
    if (!el.id) {
      const owner = el.parentElement?.closest('[id]');
      if (owner) text += ` in #${owner.id}`;
    }
    return el.isConnected ? text : `${text} (detached)`;
  };
  const rect = (r) => (r ? `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}` : '');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      shifts.push({
        t: e.startTime,
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        sources: (e.sources ?? []).map((s) => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const heights = new WeakMap();
  const resized = new ResizeObserver((list) => {
    const t = performance.now();
    for (const e of list) {
      const height = Math.round(e.borderBoxSize?.[0]?.blockSize ?? e.contentRect.height);
      const before = heights.get(e.target);
      heights.set(e.target, height);
      if (before !== undefined && before !== height) resizes.push({ t, node: describe(e.target), from: before, to: height });
    }
  });
  const watch = () => {
    for (const el of document.body.querySelectorAll('[id], .card, .field, .fold')) resized.observe(el);
  };
  // At 'interactive', before the page's (deferred, module) scripts run.
  if (document.readyState === 'loading') document.addEventListener('readystatechange', watch, { once: true });
  else watch();
}
