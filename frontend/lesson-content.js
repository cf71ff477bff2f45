// <lesson-content>: shows a run of lesson HTML made on the server (LessonRenderer, already escaped) in its light
// DOM, so the theme's lesson.css styles it, then typesets math with KaTeX, highlights code blocks and gives each
// one a "Copy" button. The server sets the `html` property.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';

hljs.registerLanguage('bash', bash);
hljs.registerLanguage('java', java);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('json', json);
hljs.registerLanguage('python', python);

const COPIED_FOR_MS = 1500;

class LessonContent extends HTMLElement {
  constructor() {
    super();
    this._html = '';
    // Flow may set `html` before this class is defined; that value then shadows the setter. Take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'html')) {
      const early = this.html;
      delete this.html;
      this._html = early;
    }
  }

  get html() {
    return this._html;
  }

  set html(value) {
    this._html = value == null ? '' : String(value);
    this._render();
  }

  connectedCallback() {
    if (!this._rendered) {
      this._render();
    }
  }

  _render() {
    this._rendered = true;
    this.innerHTML = this._html;
    this.querySelectorAll('.math-inline, .math-display').forEach(typeset);
    this.querySelectorAll('pre > code').forEach(decorateCode);
    // A wide table scrolls sideways: keyboard users must be able to reach it to scroll it.
    this.querySelectorAll('table').forEach((table) => { table.tabIndex = 0; });
    // So must a formula wider than a phone's column; it becomes a Tab stop only while it overflows.
    this.querySelectorAll('.math-display').forEach((formula) => OVERFLOW.observe(formula));
  }
}

const OVERFLOW = new ResizeObserver((entries) => entries.forEach(({ target }) => {
  if (target.scrollWidth > target.clientWidth + 1) {
    target.tabIndex = 0;
  } else {
    target.removeAttribute('tabindex');
  }
}));

function typeset(element) {
  const tex = element.textContent;
  try {
    katex.render(tex, element, { displayMode: element.classList.contains('math-display'), throwOnError: false });
  } catch (error) {
    // throwOnError:false covers TeX mistakes; anything else leaves the TeX readable as it was.
    element.textContent = tex;
    console.warn('lesson-content: could not typeset', tex, error);
  }
}

function decorateCode(code) {
  const pre = code.parentElement;
  const language = [...code.classList].find((c) => c.startsWith('language-'))?.slice('language-'.length);
  if (language && hljs.getLanguage(language)) {
    hljs.highlightElement(code);
  }

  const block = document.createElement('div');
  block.className = 'code-block';
  const toolbar = document.createElement('div');
  toolbar.className = 'code-toolbar';
  const label = document.createElement('span');
  label.className = 'code-language';
  label.textContent = language || '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-copy';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', language ? `Copy the ${language} code` : 'Copy the code');
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  toolbar.append(label, button, status);

  pre.replaceWith(block);
  block.append(toolbar, pre);
  // Keyboard users can scroll a wide code block too.
  pre.tabIndex = 0;

  let timer;
  button.addEventListener('click', async () => {
    const copied = await copyText(code.textContent);
    button.textContent = copied ? 'Copied' : 'Copy failed';
    status.textContent = copied ? 'Code copied to the clipboard' : 'Could not copy the code';
    clearTimeout(timer);
    timer = setTimeout(() => {
      button.textContent = 'Copy';
      status.textContent = '';
    }, COPIED_FOR_MS);
  });
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      // Permission refused: try the old way below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch (error) {
    copied = false;
  }
  area.remove();
  return copied;
}

if (!customElements.get('lesson-content')) {
  customElements.define('lesson-content', LessonContent);
}
