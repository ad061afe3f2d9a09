# Writes the service worker with a version that changes whenever any file it caches changes, and each
# file's SHA-256 (the worker checks the copies it takes from the browser's cache against them).
# -DTEMPLATE=shell/sw.js -DOUTPUT=site/sw.js -DFILES="a;b;c"
set(all "")
set(hashes "")
foreach(f IN LISTS FILES)
  file(SHA256 "${f}" h)
  string(APPEND all "${h}")
  get_filename_component(name "${f}" NAME)
  if(hashes)
    string(APPEND hashes ", ")
  endif()
  string(APPEND hashes "'${name}': '${h}'")
endforeach()
string(SHA256 version "${all}")
string(SUBSTRING "${version}" 0 16 LN_VERSION)
set(LN_HASHES "{ ${hashes} }")
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
