// The page's semantic layer: real DOM elements for everything the app draws on the canvas (web/semantics.hpp),
// placed where it is drawn. Text and buttons are transparent over the canvas, so find-in-page, selection,
// copy and assistive technology all work on real text; text fields, text areas and choices are visible
// real form controls, so the browser does the editing (wrapping, spell-check, IME, undo, autofill, the
// phone's keyboard). What the user does goes back as page events. Part of glue.js.
//
// Only what changed arrives: { n: node count, h: document height, u: [[index, node], …], top: 1 }.
// Node keys: r role, i id, p parent index, l level, t name, v value, h href, ph placeholder,
// k input kind, a autocomplete, d field it describes, for: control it labels, c controls, o options,
// s selected, g progress %, f flags (ABI.flag), x y w z rectangle.
function pageSemantics(env, root) {
  const F = ABI.flag;
  const E = ABI.page_event;
  let nodes = [];
  let els = [];
  const controls = new Map();   // id → element, kept across rebuilds so focus and typing survive
  const has = (n, flag) => ((n.f || 0) & flag) !== 0;
  const send = (kind, id, text = '', index = -1) => {
    if (env.started) env.event(kind, id, text, index);
  };
  const fid = (id) => 'f' + id;   // a control's element id

  const TAGS = {
    banner: 'header', navigation: 'nav', main: 'main', contentinfo: 'footer', region: 'section', list: 'ul',
    table: 'table', row: 'tr', tablist: 'div', listbox: 'div', group: 'div', tabpanel: 'div', paragraph: 'p', listitem: 'li', columnheader: 'th', rowheader: 'th',
    cell: 'td', label: 'label', figure: 'p', link: 'a', button: 'button', tab: 'button', checkbox: 'input',
    textbox: 'input', textarea: 'textarea', combobox: 'input', select: 'select', option: 'div',
    progressbar: 'div', skiplink: 'a',
  };
  const CONTAINERS = new Set(['banner', 'navigation', 'main', 'contentinfo', 'region', 'list', 'table', 'row', 'tablist',
    'listbox', 'group', 'tabpanel']);
  const tagOf = (n) => (n.r === 'heading' ? 'h' + Math.min(Math.max(n.l || 1, 1), 3) : TAGS[n.r] || 'p');

  function create(n) {
    const el = document.createElement(tagOf(n));
    el.dataset.role = n.r;
    if (n.l) el.dataset.level = n.l;
    if (CONTAINERS.has(n.r)) el.classList.add('c');
    else el.classList.add('t');
    switch (n.r) {
      case 'main': el.id = 'main'; el.tabIndex = -1; break;
      case 'table': el.setAttribute('role', 'table'); break;
      case 'row': el.setAttribute('role', 'row'); break;
      case 'columnheader': el.setAttribute('role', 'columnheader'); el.scope = 'col'; break;
      case 'rowheader': el.setAttribute('role', 'rowheader'); el.scope = 'row'; break;
      case 'cell': el.setAttribute('role', 'cell'); break;
      case 'list': el.setAttribute('role', 'list'); break;
      case 'listitem': el.setAttribute('role', 'listitem'); break;
      case 'tablist': el.setAttribute('role', 'tablist'); break;
      case 'group': el.setAttribute('role', 'group'); break;
      case 'tabpanel': el.setAttribute('role', 'tabpanel'); break;
      case 'listbox': el.setAttribute('role', 'listbox'); break;
      case 'tab': el.type = 'button'; el.setAttribute('role', 'tab'); break;
      case 'button': el.type = 'button'; break;
      case 'checkbox': el.type = 'checkbox'; break;
      case 'combobox':
        el.setAttribute('role', 'combobox');
        el.setAttribute('aria-autocomplete', 'list');
        break;
      case 'option': el.setAttribute('role', 'option'); break;
      case 'progressbar':
        el.setAttribute('role', 'progressbar');
        el.setAttribute('aria-valuemin', '0');
        el.setAttribute('aria-valuemax', '100');
        break;
      case 'skiplink': el.href = '#main'; el.className = 'skip'; break;
      default: break;
    }
    if (n.r === 'textbox' || n.r === 'textarea' || n.r === 'combobox' || n.r === 'checkbox' || n.r === 'select') el.id = fid(n.i);
    if (n.r === 'listbox') el.id = 'l' + n.i;
    if (n.r === 'tab') el.id = 't' + n.i;
    if (n.r === 'option') el.id = 'o' + n.i;
    el.lnId = n.i || 0;
    return el;
  }

  const px = (v) => v + 'px';
  function place(el, n) {
    const s = el.style;
    s.left = px(n.x); s.top = px(n.y); s.width = px(n.w); s.height = px(n.z);
  }

  // Brings one element up to date with its node (only what differs is touched).
  function patch(el, n) {
    const set = (attr, value) => { if (value == null || value === false) el.removeAttribute(attr); else if (el.getAttribute(attr) !== String(value)) el.setAttribute(attr, value === true ? '' : value); };
    if (!CONTAINERS.has(n.r) && n.r !== 'skiplink') place(el, n);
    const name = n.t || '';
    switch (n.r) {
      case 'textbox': case 'textarea': case 'combobox': {
        const kind = n.k || 'text';
        if (el.tagName === 'INPUT') {
          const type = kind === 'email' || kind === 'tel' ? kind : 'text';
          if (el.type !== type) el.type = type;
        }
        set('inputmode', kind === 'numeric' ? 'numeric' : kind === 'email' ? 'email' : kind === 'tel' ? 'tel' : null);
        set('autocomplete', n.a || 'off');
        set('spellcheck', has(n, F.nospellcheck) ? 'false' : 'true');
        set('placeholder', n.ph || null);
        set('aria-invalid', has(n, F.invalid) ? 'true' : null);
        set('aria-required', has(n, F.required) ? 'true' : null);
        el.readOnly = has(n, F.readonly);
        // The app echoes what was typed: set the text only when the app changed it (an import, a pick),
        // never in the middle of a composition.
        const v = n.v || '';
        if (el.value !== v && !el.lnComposing) el.value = v;
        if (n.r === 'combobox') {
          set('aria-expanded', has(n, F.expanded) ? 'true' : 'false');
          set('aria-controls', n.c ? 'l' + n.c : null);
        }
        break;
      }
      case 'checkbox':
        el.checked = has(n, F.checked);
        el.disabled = has(n, F.disabled);
        set('aria-invalid', has(n, F.invalid) ? 'true' : null);
        break;
      case 'select': {
        const opts = n.o || [];
        const same = el.options.length === opts.length && opts.every((o, i) => el.options[i].text === o);
        if (!same) el.replaceChildren(...opts.map((o) => { const e = document.createElement('option'); e.text = o; return e; }));
        if (el.selectedIndex !== (n.s ?? -1)) el.selectedIndex = n.s ?? -1;
        el.disabled = has(n, F.disabled);
        break;
      }
      case 'label':
        if (el.textContent !== name) el.textContent = name;
        set('for', n.for ? fid(n.for) : null);
        break;
      case 'link':
        if (el.textContent !== name) el.textContent = name;
        set('href', n.h || null);
        set('aria-current', has(n, F.selected) ? 'page' : null);
        break;
      case 'skiplink':
        if (el.textContent !== name) el.textContent = name;
        break;
      case 'button': case 'tab':
        if (el.textContent !== name) el.textContent = name;
        el.disabled = has(n, F.disabled);
        if (n.r === 'tab') {
          set('aria-selected', has(n, F.selected) ? 'true' : 'false');
          // One Tab stop for the tab list: the chosen tab; arrows move between tabs.
          el.tabIndex = has(n, F.selected) ? 0 : -1;
        }
        if (n.r === 'button') set('aria-pressed', has(n, F.pressable) ? String(has(n, F.selected)) : null);
        break;
      case 'option':
        if (el.textContent !== name) el.textContent = name;
        set('aria-selected', has(n, F.selected) ? 'true' : 'false');
        break;
      case 'progressbar':
        set('aria-label', name);
        set('aria-valuenow', n.g ?? 0);
        set('aria-valuetext', n.v || null);
        break;
      case 'navigation': case 'tablist': case 'listbox': case 'table': case 'group':
        set('aria-label', name || null);
        break;
      case 'region':
        el.classList.toggle('warning', has(n, F.warning));
        break;
      case 'row':
        set('aria-selected', null);
        el.classList.toggle('current', has(n, F.selected));
        break;
      default:
        if (!CONTAINERS.has(n.r) && el.textContent !== name) el.textContent = name;
        break;
    }
    set('lang', n.lang || null);  // text in another language than the page's
    if (!CONTAINERS.has(n.r)) {
      el.classList.toggle('error', has(n, F.warning) && n.r === 'paragraph');
      el.classList.toggle('muted', has(n, F.muted));
      el.classList.toggle('one', has(n, F.oneline));
    }
  }

  // Relations between elements: errors and notes describe their field; a combobox's highlighted option;
  // a tab panel is labelled by the chosen tab.
  function relate() {
    // A required field's label is marked, so the «*» the canvas draws beside it is there when the page
    // shows itself (forced colours) and in print.
    const required = new Set();
    nodes.forEach((n) => { if (n && n.i && has(n, F.required)) required.add(n.i); });
    nodes.forEach((n, i) => { if (n && n.r === 'label' && els[i]) els[i].classList.toggle('req', required.has(n.for)); });
    nodes.forEach((n, i) => {
      if (!n || n.r !== 'tabpanel' || !els[i]) return;
      const tab = nodes.find((t) => t && t.r === 'tab' && has(t, F.selected));
      if (tab) {
        els[i].setAttribute('aria-labelledby', 't' + tab.i);
        const tabEl = controls.get(tab.i);
        if (tabEl) { if (!els[i].id) els[i].id = 'p' + i; tabEl.setAttribute('aria-controls', els[i].id); }
      }
    });
    const described = new Map();
    nodes.forEach((n, i) => {
      if (!n || !n.d || !els[i]) return;
      els[i].id = 'd' + i;
      if (!described.has(n.d)) described.set(n.d, []);
      described.get(n.d).push('d' + i);
    });
    nodes.forEach((n, i) => {
      const el = els[i];
      if (!n || !el) return;
      if (n.r === 'textbox' || n.r === 'textarea' || n.r === 'combobox' || n.r === 'checkbox' || n.r === 'select') {
        const ids = described.get(n.i);
        if (ids) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
      }
      if (n.r === 'combobox') {
        const active = nodes.find((o) => o && o.r === 'option' && o.c === n.i && has(o, F.selected));
        if (active && has(n, F.expanded)) el.setAttribute('aria-activedescendant', 'o' + active.i);
        else el.removeAttribute('aria-activedescendant');
      }
    });
  }

  // Containers have no id, so a rebuild makes them anew. The ones around the focused control are kept
  // (matched level by level up from it, while role and tag agree): a new <main> would carry the focused
  // button out of the document and back, which cancels a Space press between its keydown and keyup.
  function keptAncestors() {
    const kept = new Map();
    const focused = document.activeElement;
    if (!focused || !focused.lnId || !root.contains(focused)) return kept;
    let i = nodes.findIndex((n) => n && n.i === focused.lnId);
    let el = focused.parentElement;
    while (i >= 0 && el && el !== root) {
      const p = nodes[i].p;
      if (p == null || p < 0 || !nodes[p] || nodes[p].i) break;
      if (el.dataset.role !== nodes[p].r || el.tagName.toLowerCase() !== tagOf(nodes[p])) break;
      kept.set(p, el);
      i = p;
      el = el.parentElement;
    }
    return kept;
  }

  // The tree anew: elements in the nodes' order under their containers. Controls are moved, not made
  // again, so the one with focus keeps it (and its caret and selection).
  function rebuild() {
    const next = [];
    const seen = new Set();
    const kept = keptAncestors();
    nodes.forEach((n, i) => {
      let el = n.i ? controls.get(n.i) : kept.get(i) || null;
      if (!el || el.dataset.role !== n.r || el.tagName.toLowerCase() !== tagOf(n)) el = create(n);
      if (n.i) { controls.set(n.i, el); seen.add(n.i); }
      next[i] = el;
    });
    for (const id of [...controls.keys()]) if (!seen.has(id)) controls.delete(id);
    const focused = document.activeElement;
    const editing = focused && (focused.tagName === 'INPUT' || focused.tagName === 'TEXTAREA') && focused.type !== 'checkbox';
    const selection = editing ? [focused.selectionStart, focused.selectionEnd, focused.selectionDirection] : null;
    // Each container's children put in order in place: an element already where it belongs is not
    // touched, so the focused control usually stays in the document throughout. (Taking it out, even for
    // a moment, cancels a Space press on a button between its keydown and keyup.)
    const children = new Map([[root, []]]);
    nodes.forEach((n, i) => {
      const parent = n.p >= 0 && next[n.p] ? next[n.p] : root;
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(next[i]);
      if (CONTAINERS.has(n.r) && !children.has(next[i])) children.set(next[i], []);
    });
    // What no longer belongs goes first: were it left in place while the wanted children are put in order,
    // an element kept after it (the focused button) would be moved rather than the stale one dropped.
    for (const [parent, wanted] of children) {
      const keep = new Set(wanted);
      for (const child of [...parent.childNodes]) if (!keep.has(child)) child.remove();
      wanted.forEach((child, k) => { if (parent.childNodes[k] !== child) parent.insertBefore(child, parent.childNodes[k] || null); });
    }
    els = next;
    nodes.forEach((n, i) => patch(els[i], n));
    // Moving an element out of the document and back drops its focus: give it back, caret and all.
    if (focused && root.contains(focused) && document.activeElement !== focused) {
      focused.focus({ preventScroll: true });
      if (selection) try { focused.setSelectionRange(...selection); } catch (e) { /* not a text field */ }
    }
  }

  function update(json) {
    const m = JSON.parse(json);
    let structural = m.n !== nodes.length;
    const changed = [];
    nodes.length = m.n;
    for (const [i, n] of m.u) {
      const old = nodes[i];
      if (!old || old.r !== n.r || old.p !== n.p || (old.i || 0) !== (n.i || 0) || old.l !== n.l) structural = true;
      nodes[i] = n;
      changed.push(i);
    }
    root.style.height = px(m.h);
    if (structural) rebuild();
    else for (const i of changed) patch(els[i], nodes[i]);
    relate();
    if (m.top) window.scrollTo(0, 0);
    const keep = keepUserFocus;
    keepUserFocus = false;
    for (const i of changed) {
      const n = nodes[i];
      if (has(n, F.focus) && els[i] && document.activeElement !== els[i] && !keep) {
        if (n.r === 'heading') els[i].tabIndex = -1; // a view's heading takes focus, not the Tab order
        // A view just opened shows its top (title, heading, introduction) even when its first field is
        // further down, as on a phone; typing or Tab brings the field into view. Focus moved within a view
        // (after add, remove, undo) scrolls to it.
        els[i].focus({ preventScroll: !!m.top });
      }
    }
  }

  // The start view the build rendered (web/prerender.cpp) is taken over: its controls are kept (by id) so
  // the first rebuild moves them instead of making new ones. Returns the texts typed into them so far. If
  // the user is already in one of them, the app's first focus request does not take them out of it.
  let keepUserFocus = false;
  function adopt() {
    const typed = [];
    for (const el of root.querySelectorAll('[data-id]')) {
      el.lnId = Number(el.dataset.id);
      controls.set(el.lnId, el);
      if ((el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.type !== 'checkbox' && el.value) typed.push([el.lnId, el.value]);
    }
    const a = document.activeElement;
    keepUserFocus = !!a && a !== root && root.contains(a);
    if (keepUserFocus && a.lnId) send(E.focus, a.lnId);
    return typed;
  }

  // ---- What the user does ----
  const nodeOf = (el) => {
    const i = els.indexOf(el);
    return i >= 0 ? nodes[i] : null;
  };
  root.addEventListener('input', (e) => {
    const n = nodeOf(e.target);
    if (!n || e.isComposing || e.target.lnComposing) return;
    if (n.r === 'textbox' || n.r === 'textarea' || n.r === 'combobox') send(E.input, n.i, e.target.value);
  });
  root.addEventListener('compositionstart', (e) => { e.target.lnComposing = true; });
  root.addEventListener('compositionend', (e) => {
    e.target.lnComposing = false;
    const n = nodeOf(e.target);
    if (n) send(E.input, n.i, e.target.value);
  });
  root.addEventListener('change', (e) => {
    const n = nodeOf(e.target);
    if (!n) return;
    if (n.r === 'checkbox') {
      // The app decides: the box shows the model's state until the app says otherwise.
      e.target.checked = has(n, F.checked);
      send(E.activate, n.i);
    } else if (n.r === 'select') {
      send(E.choose, n.i, '', e.target.selectedIndex);
    }
  });
  root.addEventListener('click', (e) => {
    const el = e.target.closest('a, button, [role=option]');
    const n = el && nodeOf(el);
    if (!n) return;
    if (n.r === 'skiplink') {
      e.preventDefault();
      const target = root.querySelector('main h1') || root.querySelector('main');
      if (target) { if (!target.hasAttribute('tabindex')) target.tabIndex = -1; target.focus(); }
      return;
    }
    // A plain click on a link between views stays in the app; with a modifier it is the browser's (new tab).
    if (n.r === 'link' && (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0)) return;
    if (n.r === 'link') e.preventDefault();
    if (n.i) send(E.activate, n.i);
  });
  // Clicking a suggestion must not take focus from the field it belongs to.
  root.addEventListener('mousedown', (e) => { if (e.target.closest('[role=option]')) e.preventDefault(); });
  root.addEventListener('keydown', (e) => {
    const n = nodeOf(e.target);
    if (n && n.r === 'tab' && ['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key)) {
      const tabs = [...e.target.parentElement.querySelectorAll('[role=tab]')];
      const at = tabs.indexOf(e.target);
      const to = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1
        : (at + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
      e.preventDefault();
      tabs[to].focus();
      tabs[to].click(); // tabs follow focus
      return;
    }
    if (!n || n.r !== 'combobox' || e.isComposing) return;
    // Always to the app, which knows whether the list is open (it may open with the keystroke just typed).
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter' || e.key === 'Escape') {
      e.preventDefault();
      send(E.key, n.i, e.key);
    }
  });
  root.addEventListener('focusin', (e) => {
    const n = nodeOf(e.target);
    send(E.focus, n && n.i ? n.i : 0);
  });
  root.addEventListener('focusout', (e) => {
    if (!e.relatedTarget || !root.contains(e.relatedTarget)) send(E.focus, 0);
  });

  // Printing shows the whole text of every text area.
  window.addEventListener('beforeprint', () => {
    for (const t of root.querySelectorAll('textarea')) { t.lnHeight = t.style.height; t.style.height = (t.scrollHeight + 2) + 'px'; }
  });
  window.addEventListener('afterprint', () => {
    for (const t of root.querySelectorAll('textarea')) if (t.lnHeight != null) t.style.height = t.lnHeight;
  });

  return { update, adopt, nodes: () => nodes, elements: () => els };
}
