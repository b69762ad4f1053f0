// The calculator in any page, with one script tag (hand-written, no dependency). It
//  1. sizes every <iframe data-audio-cost-frame> to its content, and passes it the host's rate
//     card (data-rates), through versioned messages checked by origin (see src/embed/frame.rs);
//  2. mounts a calculator into every <div data-audio-cost-calculator>, each in a shadow root
//     of its own, so the page's CSS and the calculator's don't meet; if the app can't load
//     (typically a Content-Security-Policy without 'wasm-unsafe-eval'), says why in the element.
// scripts/embed.mjs writes it into dist/ with the build's hashed file names.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script) return; // loaded as a module or injected oddly: nothing to anchor on
  const base = new URL('.', script.src).href;
  const PREFIX = 'audio-cost:';
  const warn = (message) => console.warn(`Audio Conferencing calculator: ${message}`);

  // 1. Iframes. A frame's messages count only from its own window and from its own origin or
  // one listed in its data-allow-origins; anything else is ignored.
  const frames = () => [...document.querySelectorAll('iframe[data-audio-cost-frame]')];
  const originOf = (frame) => new URL(frame.getAttribute('src') || '', location.href).origin;
  const allowed = (frame) => [originOf(frame), ...(frame.dataset.allowOrigins || '').split(/\s+/).filter(Boolean)];
  const hello = (frame) => frame.contentWindow?.postMessage({ type: `${PREFIX}hello`, version: 1 }, originOf(frame));
  // The host's rate card (data-rates, on this page's origin), once per frame, when it first
  // speaks (it is listening then).
  const withRates = new WeakSet();
  const sendRates = async (frame, origin) => {
    withRates.add(frame);
    if (!frame.dataset.rates) return;
    const url = new URL(frame.dataset.rates, location.href);
    if (url.origin !== location.origin) return warn(`data-rates must be on this page's origin (${location.origin}).`);
    try {
      const response = await fetch(url);
      // An empty text is not a card: the calculator shows its notice.
      const json = response.ok ? await response.text() : '';
      const name = url.pathname.split('/').pop() || 'rates.json';
      frame.contentWindow.postMessage({ type: `${PREFIX}rates`, version: 1, name, json }, origin);
    } catch (error) {
      warn(`the rate card ${url} couldn't be loaded (${error}).`);
    }
  };
  window.addEventListener('message', (event) => {
    const frame = frames().find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame || !allowed(frame).includes(event.origin) || !data || data.version !== 1) return;
    if (!withRates.has(frame)) sendRates(frame, event.origin);
    if (data.type === `${PREFIX}ready`) hello(frame);
    if (data.type === `${PREFIX}height` && Number.isFinite(data.height) && data.height > 0 && data.height < 100000) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    }
  });
  // A frame that was ready before this script ran gets its hello now or when it loads.
  for (const frame of frames()) {
    hello(frame);
    frame.addEventListener('load', () => hello(frame));
  }

  // 2. Script embeds: the app's code loads once, then each element gets its own calculator.
  const hosts = [...document.querySelectorAll('[data-audio-cost-calculator]')];
  if (!hosts.length) return;
  // What this page's Content-Security-Policy refuses while the app loads (compiling its wasm,
  // or one of its files): if loading fails, the element says what the policy must allow
  // instead of staying empty. The README lists the whole policy.
  const refused = new Map(); // "what directive" -> [what, directive]
  const origin = new URL(base).origin;
  const onRefused = (event) => {
    const directive = event.effectiveDirective.replace(/-(elem|attr)$/, '');
    const what = /^(wasm-)?eval$/.test(event.blockedURI) ? "'wasm-unsafe-eval'"
      : event.blockedURI.startsWith(origin) ? origin : null;
    if (what) refused.set(`${what} ${directive}`, [what, directive]);
  };
  document.addEventListener('securitypolicyviolation', onRefused);
  const WORDS = {
    en: { csp: "The cost calculator can't start here: this page's Content-Security-Policy must allow ", in: ' in ', failed: "The cost calculator couldn't load from " },
    es: { csp: 'La calculadora de costes no puede iniciarse aquí: la Content-Security-Policy de esta página debe permitir ', in: ' en ', failed: 'No se pudo cargar la calculadora de costes desde ' },
  };
  const failed = async (error) => {
    warn(`couldn't load from ${base} (${error}).`);
    // A violation is reported in a task of its own, which may come after the failure.
    await new Promise((done) => setTimeout(done, 100));
    for (const host of hosts.filter((h) => !h.shadowRoot)) {
      const words = WORDS[(host.dataset.locale || navigator.language).startsWith('es') ? 'es' : 'en'];
      const needs = [...refused.values()].map(([what, directive]) => `${what}${words.in}${directive}`);
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent = needs.length ? `${words.csp}${needs.join(', ')}.` : `${words.failed}${base}.`;
      host.prepend(message);
    }
  };
  (async () => {
    const app = await import(`${base}__APP_JS__`);
    await app.default({ module_or_path: `${base}__APP_WASM__` });
    for (const host of hosts) {
      if (host.shadowRoot) continue;
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = `${base}__CSS__`;
      const root = document.createElement('div');
      shadow.append(style, root);
      const attributes = [...host.attributes]
        .filter((a) => a.name.startsWith('data-') && a.name !== 'data-audio-cost-calculator')
        .flatMap((a) => [a.name.slice(5), a.value]);
      app.mount(root, base, attributes);
    }
  })().catch(failed).finally(() => document.removeEventListener('securitypolicyviolation', onRefused));
})();
