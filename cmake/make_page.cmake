# The page the server sends: shell/index.html with the prerendered start view in it (Norwegian in #a11y,
# English in a template the page swaps in for ?lang=en), and shell/app.css followed by where the
# prerendered elements sit. -DTEMPLATE=… -DCSS=… -DPRERENDER=dir -DSITE=dir
file(READ "${TEMPLATE}" page)
file(READ "${PRERENDER}/prerender-nb.html" nb)
file(READ "${PRERENDER}/prerender-en.html" en)
string(STRIP "${nb}" nb)
string(STRIP "${en}" en)
string(FIND "${page}" "<!--prerender-nb-->" at_nb)
string(FIND "${page}" "<!--prerender-en-->" at_en)
if(at_nb LESS 0 OR at_en LESS 0)
  message(FATAL_ERROR "shell/index.html has no <!--prerender-nb--> or <!--prerender-en--> placeholder")
endif()
string(REPLACE "<!--prerender-nb-->" "${nb}" page "${page}")
file(READ "${PRERENDER}/shells-nb.html" shells_nb)
file(READ "${PRERENDER}/shells-en.html" shells_en)
string(STRIP "${shells_nb}" shells_nb)
string(STRIP "${shells_en}" shells_en)
string(REPLACE "<!--prerender-en-->"
  "<template id=\"prerender-en\">${en}</template><template id=\"shells-nb\">${shells_nb}</template><template id=\"shells-en\">${shells_en}</template>"
  page "${page}")
file(WRITE "${SITE}/index.html" "${page}")
file(READ "${CSS}" css)
file(READ "${PRERENDER}/prerender.css" where)
file(WRITE "${SITE}/app.css" "${css}\n${where}")
