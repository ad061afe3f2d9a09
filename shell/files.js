// Files in and out of the page: a download of what the app made, the file picker for an import, and the
// clipboard. Part of glue.js (the build joins shell/*.js into it).
function pageFiles(env) {
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
      input.addEventListener('change', async () => {
        const file = input.files && input.files[0];
        if (!file || !env.started) return;
        // Read at most a little past the import limit; the app says the file is too large.
        const bytes = new Uint8Array(await file.slice(0, ABI.limits.import_max_bytes + 1).arrayBuffer());
        const ptr = Module._malloc(Math.max(1, bytes.length));
        Module.HEAPU8.set(bytes, ptr);
        env.call('ln_file_picked', null, ['string', 'number', 'number'], [file.name, ptr, bytes.length]);
      });
      // Opened just after the click that asked for it (still within the user's activation): opened
      // inside that click's own dispatch, Chromium sometimes shows no picker (seen after a download).
      setTimeout(() => input.click(), 0);
    },
    copy(text) {
      if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
    },
  };
}
