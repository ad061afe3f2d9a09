// Files in and out of the page: a download of what the app made, the file picker for an import, handing a
// file to the app (KS-mottak's many files and folders use it too: shell/desk_page.js), and the clipboard. Part
// of glue.js (the build joins shell/*.js into it).
function pageFiles(env) {
  // Hands one file to the app: read up to a little past the import limit (the app says a file is too
  // large, with its whole size), copied into wasm memory, freed by the app. A file the browser cannot read
  // goes as size -1.
  async function give(file, more) {
    let bytes = null;
    try {
      bytes = new Uint8Array(await file.slice(0, ABI.limits.import_max_bytes + 1).arrayBuffer());
    } catch (e) { /* gone, or not allowed: the app lists it as unreadable */ }
    if (!env.started) return;
    const ptr = bytes ? Module._malloc(Math.max(1, bytes.length)) : 0;
    if (bytes) Module.HEAPU8.set(bytes, ptr);
    env.call('ln_file_picked', null, ['string', 'number', 'number', 'number', 'number'],
      [file.name, ptr, bytes ? bytes.length : -1, more ? 1 : 0, file.size || 0]);
  }
  return {
    download(name, mime, bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    },
    pickFile(accept) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.addEventListener('change', () => {
        const file = input.files && input.files[0];
        if (file && env.started) give(file, false);
      });
      // Opened just after the click that asked for it (still within the user's activation): opened
      // inside that click's own dispatch, Chromium sometimes shows no picker (seen after a download).
      setTimeout(() => input.click(), 0);
    },
    give,
    copy(text) {
      if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
    },
  };
}
