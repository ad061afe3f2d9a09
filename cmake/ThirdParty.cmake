# Third-party code comes from Debian packages at build time and is never committed:
#  - nlohmann_json and doctest: header-only -dev packages. Only their own folders are exposed (through
#    links in the build folder), because /usr/include on an Emscripten include path breaks its libc.
#  - Dear ImGui 1.90.1: Debian's source package (scripts/fetch-imgui.sh), or LN_IMGUI_DIR.

set(LN_SYSTEM_INCLUDE "/usr/include" CACHE PATH "Where nlohmann/ and doctest/ headers are installed")
set(_ln_links "${CMAKE_BINARY_DIR}/third_party/include")
file(MAKE_DIRECTORY "${_ln_links}")
foreach(lib nlohmann doctest)
  if(NOT EXISTS "${LN_SYSTEM_INCLUDE}/${lib}")
    message(FATAL_ERROR "${LN_SYSTEM_INCLUDE}/${lib} is missing: run scripts/setup.sh (nlohmann-json3-dev, doctest-dev)")
  endif()
  file(CREATE_LINK "${LN_SYSTEM_INCLUDE}/${lib}" "${_ln_links}/${lib}" SYMBOLIC)
endforeach()

add_library(ln_json INTERFACE)
target_include_directories(ln_json SYSTEM INTERFACE "${_ln_links}")
# Core never relies on catching a JSON exception (WebAssembly builds do not catch them): keep it honest.
target_compile_definitions(ln_json INTERFACE JSON_USE_IMPLICIT_CONVERSIONS=0)
if(EMSCRIPTEN)
  # The browser catches no exception, so a throw only ends the module: no code to build what it would say.
  target_compile_definitions(ln_json INTERFACE JSON_NOEXCEPTION)
endif()

add_library(ln_doctest INTERFACE)
target_include_directories(ln_doctest SYSTEM INTERFACE "${_ln_links}")

set(LN_IMGUI_DIR "" CACHE PATH "A Dear ImGui 1.90.x source tree; empty: fetch Debian's source package")
if(LN_IMGUI_DIR STREQUAL "")
  set(_imgui "${PROJECT_SOURCE_DIR}/build/_deps/imgui")
  if(NOT EXISTS "${_imgui}/imgui.h")
    execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-imgui.sh" "${_imgui}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "Could not fetch Dear ImGui (see above); or set -DLN_IMGUI_DIR=/path/to/imgui")
    endif()
  endif()
else()
  set(_imgui "${LN_IMGUI_DIR}")
endif()
if(NOT EXISTS "${_imgui}/imgui.h")
  message(FATAL_ERROR "No imgui.h in ${_imgui}")
endif()

# The page never draws ImGui's built-in font ProggyClean: the UI font is always added before the atlas is
# built (main() waits for it). Yet ImFontAtlas::Build refers to it, so its 12 KB of base85 would ship in
# app.wasm. The browser build compiles a copy of imgui_draw.cpp in which that one array is empty.
set(_imgui_draw "${_imgui}/imgui_draw.cpp")
if(EMSCRIPTEN)
  file(READ "${_imgui}/imgui_draw.cpp" _draw)
  set(_from "static const char proggy_clean_ttf_compressed_data_base85[11980 + 1] =")
  set(_to "static const char* GetDefaultCompressedFontDataTTFBase85()")
  string(FIND "${_draw}" "${_from}" _a)
  string(FIND "${_draw}" "${_to}" _b)
  if(_a LESS 0 OR _b LESS _a)
    message(FATAL_ERROR "imgui_draw.cpp is not 1.90.1's: cannot leave out ProggyClean")
  endif()
  string(SUBSTRING "${_draw}" 0 ${_a} _head)
  string(SUBSTRING "${_draw}" ${_b} -1 _tail)
  set(_imgui_draw "${CMAKE_BINARY_DIR}/third_party/imgui_draw_without_proggy.cpp")
  file(WRITE "${_imgui_draw}.tmp"
       "${_head}static const char proggy_clean_ttf_compressed_data_base85[1] = \"\"; // left out by cmake/ThirdParty.cmake\n\n${_tail}")
  file(COPY_FILE "${_imgui_draw}.tmp" "${_imgui_draw}" ONLY_IF_DIFFERENT)
  file(REMOVE "${_imgui_draw}.tmp")
endif()

add_library(ln_imgui STATIC
  "${_imgui}/imgui.cpp" "${_imgui_draw}" "${_imgui}/imgui_tables.cpp"
  "${_imgui}/imgui_widgets.cpp" "${_imgui}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(ln_imgui SYSTEM PUBLIC "${_imgui}" "${_imgui}/misc/cpp")
target_compile_definitions(ln_imgui PUBLIC
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_KEYIO IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS)
if(EMSCRIPTEN)
  target_sources(ln_imgui PRIVATE "${_imgui}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(ln_imgui SYSTEM PUBLIC "${_imgui}/backends")
endif()
set(LN_IMGUI_SOURCE_DIR "${_imgui}")
