# Joins the page's script parts into one file and one scope: -DPARTS="a.js;b.js" -DOUTPUT=glue.js
set(text "// Built from web/platform/page_abi.json and shell/{files,storage,semantics,glue}.js: edit those.\n(function () {\n'use strict';\n")
foreach(part IN LISTS PARTS)
  file(READ "${part}" content)
  get_filename_component(name "${part}" NAME)
  string(APPEND text "\n// ---- ${name} ----\n${content}")
endforeach()
string(APPEND text "})();\n")
file(WRITE "${OUTPUT}" "${text}")
