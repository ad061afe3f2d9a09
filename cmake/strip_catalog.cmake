# cmake -DIN=nb.json -DOUT=nb-web.json -P strip_catalog.cmake
# The browser's copy of a message catalogue: without the texts only the command line says (cli.*, csv.*),
# which the page never shows. Everything else is kept as it is.
file(READ "${IN}" json)
string(JSON count LENGTH "${json}" texts)
set(drop "")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
  string(JSON key MEMBER "${json}" texts ${i})
  if(key MATCHES "^(cli|csv)\\.")
    list(APPEND drop "${key}")
  endif()
endforeach()
foreach(key IN LISTS drop)
  string(JSON json REMOVE "${json}" texts "${key}")
endforeach()
file(WRITE "${OUT}.tmp" "${json}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
