// DOM input → the WebAssembly module (web/platform/imgui_impl_html5.cpp): pointer, wheel, keys, and text
// through the hidden textarea #keys, which also carries IME, dead keys, æøå and phones' on-screen
// keyboards. Part of glue.js.
function pageInput(env, canvas, keys) {
  let touchInput = false; // the last pointer was a finger: raise the on-screen keyboard only for text fields
  let touch = null;       // an ongoing touch: a tap, or a drag that scrolls
  let wantsText = false;
  const M = ABI.modifier;
  const P = ABI.pointer;
  const mods = (e) => (e.ctrlKey ? M.ctrl : 0) | (e.shiftKey ? M.shift : 0) | (e.altKey ? M.alt : 0) | (e.metaKey ? M.super : 0);
  const focusKeys = () => { if (document.activeElement !== keys) keys.focus({ preventScroll: true }); };
  const key = (code, down, m) => env.call('ln_key', 'number', ['string', 'number', 'number'], [code, down, m]);
  const text = (t) => env.call('ln_text', null, ['string'], [t]);

  // Pointer: mouse and pen go straight through; a finger taps, or drags to scroll.
  const at = (e) => { const r = canvas.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
  canvas.addEventListener('pointerdown', (e) => {
    if (!env.started) return;
    touchInput = e.pointerType === 'touch';
    canvas.setPointerCapture(e.pointerId);
    e.preventDefault();
    if (touchInput) { touch = { id: e.pointerId, y: e.clientY, startY: e.clientY, scrolling: false }; return; }
    Module._ln_pointer(P.down, ...at(e), e.button, mods(e));
    focusKeys();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!env.started) return;
    if (touch && touch.id === e.pointerId) {
      if (!touch.scrolling && Math.abs(e.clientY - touch.startY) > 8) touch.scrolling = true;
      if (touch.scrolling) { Module._ln_wheel(0, (e.clientY - touch.y) / 100); touch.y = e.clientY; }
      return;
    }
    Module._ln_pointer(P.move, ...at(e), -1, mods(e));
  });
  canvas.addEventListener('pointerup', (e) => {
    if (!env.started) return;
    if (touch && touch.id === e.pointerId) {
      const tap = !touch.scrolling;
      touch = null;
      if (!tap) return;
      Module._ln_pointer(P.down, ...at(e), 0, 0);
      const wants = Module._ln_pointer(P.up, ...at(e), 0, 0);
      // Still inside the tap, so the phone shows its keyboard.
      if (wants) focusKeys(); else keys.blur();
      return;
    }
    Module._ln_pointer(P.up, ...at(e), e.button, mods(e));
  });
  canvas.addEventListener('pointercancel', () => { touch = null; if (env.started) Module._ln_pointer_leave(); });
  canvas.addEventListener('pointerleave', (e) => { if (env.started && e.pointerType === 'mouse') Module._ln_pointer_leave(); });
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('wheel', (e) => {
    if (!env.started) return;
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? canvas.clientHeight : 1;
    Module._ln_wheel(-e.deltaX * unit / 100, -e.deltaY * unit / 100);
  }, { passive: false });

  // Keyboard: named keys and shortcuts go to ImGui as keys; characters arrive as text through the
  // textarea's input events.
  keys.addEventListener('keydown', (e) => {
    if (!env.started || e.isComposing) return;
    const shortcut = (e.ctrlKey || e.metaKey) && !e.altKey;
    if (shortcut && e.code === 'KeyV') return; // the paste event brings the text
    const handled = key(e.code, 1, mods(e));
    const named = e.key.length > 1 && e.key !== 'Unidentified' && e.key !== 'Process';
    // Space on a button or checkbox presses it; it must not also arrive as text in the next field.
    const pressesControl = e.code === 'Space' && !wantsText;
    if (handled && (named || shortcut || pressesControl)) e.preventDefault();
  });
  keys.addEventListener('keyup', (e) => { if (env.started) key(e.code, 0, mods(e)); });
  function sendText() {
    const typed = keys.value;
    keys.value = '';
    if (env.started && typed) text(typed);
  }
  keys.addEventListener('input', (e) => { if (!e.isComposing) sendText(); });
  keys.addEventListener('compositionend', sendText);
  keys.addEventListener('beforeinput', (e) => {
    // Phones often send Backspace without a usable keydown.
    if (env.started && e.inputType === 'deleteContentBackward' && !keys.value) {
      e.preventDefault();
      key('Backspace', 1, 0);
      key('Backspace', 0, 0);
    }
  });
  keys.addEventListener('paste', (e) => {
    e.preventDefault();
    const pasted = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (env.started && pasted) text(pasted);
  });
  keys.addEventListener('focus', () => { if (env.started) Module._ln_focus(1); });
  keys.addEventListener('blur', () => { if (env.started) Module._ln_focus(0); });
  // A key press anywhere on the page belongs to the app (the textarea may have lost focus).
  document.addEventListener('keydown', (e) => { if (env.started && e.target === document.body && !wantsText) focusKeys(); });

  return {
    focusKeys,
    textInputWanted(wanted) {
      wantsText = wanted;
      if (wanted) focusKeys();
      else if (touchInput) keys.blur(); // let the on-screen keyboard go away
    },
  };
}
