# Writes the service worker with a version that changes whenever any file it caches changes.
# -DTEMPLATE=shell/sw.js -DOUTPUT=site/sw.js -DFILES="a;b;c"
set(all "")
foreach(f IN LISTS FILES)
  file(SHA256 "${f}" h)
  string(APPEND all "${h}")
endforeach()
string(SHA256 version "${all}")
string(SUBSTRING "${version}" 0 16 LN_VERSION)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
