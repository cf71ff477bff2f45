// Installed before any page script (Playwright addInitScript) by HostileBrowserTest. Records every element that
// came from a hostile payload and was rendered as markup: event-handler attributes that mention the payload's flag,
// javascript: URLs, <script> elements with the payload's code, <b>bold</b>, <img src=x>, and any <iframe>. It
// watches the document and every shadow root as nodes are added (so short-lived tooltips are seen too), and offers
// window.__hostileScan() for a final walk through the whole tree.
(() => {
  const found = [];
  window.__hostile = found;
  const FLAG = /_p=1|__pwned/;

  const where = (el) => {
    const parts = [];
    let node = el;
    for (let i = 0; i < 6 && node; i++) {
      if (node.nodeType === 1) {
        const cls = typeof node.className === 'string' && node.className ? '.' + node.className.split(' ')[0] : '';
        parts.push(node.tagName.toLowerCase() + cls);
      } else if (node.host) {
        parts.push('#shadow');
      }
      node = node.parentNode || node.host;
    }
    return parts.reverse().join(' > ');
  };

  const flag = (why, el) => {
    const html = (el.outerHTML || '').slice(0, 160);
    const line = why + ' in ' + where(el) + ': ' + html;
    if (!found.includes(line)) {
      found.push(line);
    }
  };

  const inspect = (el) => {
    if (!el || el.nodeType !== 1) return;
    const tag = el.tagName.toLowerCase();
    for (const attribute of Array.from(el.attributes || [])) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') && FLAG.test(attribute.value)) {
        flag('event handler from the input (' + name + ')', el);
      }
      if ((name === 'href' || name === 'src' || name === 'xlink:href' || name === 'action')
          && /^\s*javascript:/i.test(attribute.value)) {
        flag('javascript: URL', el);
      }
    }
    // A script whose whole code is the payload's (the page's own scripts may carry the text inside JSON strings).
    if (tag === 'script' && /^\s*(window\.)?(_p|__pwned)=1/.test(el.textContent || '')) {
      flag('<script> from the input', el);
    }
    if (tag === 'b' && el.textContent === 'bold') flag('<b> from the input rendered as markup', el);
    if (tag === 'img' && el.getAttribute('src') === 'x') flag('<img> from the input', el);
    if (tag === 'iframe') flag('<iframe> element', el);
  };

  const scan = (root) => {
    if (root.nodeType === 1) inspect(root);
    if (root.querySelectorAll) root.querySelectorAll('*').forEach(inspect);
  };

  const watch = (root) => {
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (node.nodeType === 1) scan(node);
        }
      }
    }).observe(root, { childList: true, subtree: true });
  };

  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };

  window.__hostileScan = () => {
    const walk = (root) => {
      scan(root);
      root.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot) walk(el.shadowRoot);
      });
    };
    walk(document);
    return found.slice();
  };
})();
