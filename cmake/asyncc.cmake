# asyncc.cmake - build integration for async-C sources (SPEC §4).
#
#   asyncc_target_sources(<target> [PRIVATE|PUBLIC|INTERFACE] <file.ac.c>...)
#
# Each NAME.ac.c becomes a custom command that runs the asyncc tool with
# what decides how the compiler preprocesses it: the target's include
# directories and compile definitions, its C standard, and the -D, -U, -O
# and -std= of CMAKE_C_FLAGS, of the build type's flags (CMAKE_C_FLAGS_
# RELEASE's -DNDEBUG empties assert) and of its compile options, writing
# NAME.c under the build directory; that file is compiled into <target>.
# The command re-runs when the source or any header it includes changes
# (the tool writes a depfile). Link <target> with the runtime yourself:
#   target_link_libraries(<target> PRIVATE asyncc::asyncc)
#
# ASYNCC_TOOL_TARGET names the tool's executable target: asyncc_tool in
# asyncc's own tree, asyncc::tool from find_package(asyncc).

if(NOT DEFINED ASYNCC_TOOL_TARGET)
  set(ASYNCC_TOOL_TARGET asyncc_tool)
endif()

set(ASYNCC__PP_FLAGS "^-(D|U|O|std=)")

# The flags of CMAKE_C_FLAGS and of the build type's flags that change
# what the preprocessor makes of a source (-D, -U, -O, -std=), as a list.
function(asyncc_preprocessor_flags out)
  set(cflags "${CMAKE_C_FLAGS}")
  if(CMAKE_BUILD_TYPE)
    string(TOUPPER "${CMAKE_BUILD_TYPE}" build_type)
    string(APPEND cflags " ${CMAKE_C_FLAGS_${build_type}}")
  endif()
  separate_arguments(cflags UNIX_COMMAND "${cflags}")
  list(FILTER cflags INCLUDE REGEX "${ASYNCC__PP_FLAGS}")
  set(${out} "${cflags}" PARENT_SCOPE)
endfunction()

function(asyncc_target_sources target)
  set(scope PRIVATE)
  set(sources)
  foreach(arg IN LISTS ARGN)
    if(arg MATCHES "^(PRIVATE|PUBLIC|INTERFACE)$")
      set(scope ${arg})
    else()
      list(APPEND sources ${arg})
    endif()
  endforeach()

  set(incs "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
  set(defs "$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>")
  asyncc_preprocessor_flags(cflags)
  set(opts "$<FILTER:$<TARGET_PROPERTY:${target},COMPILE_OPTIONS>,INCLUDE,${ASYNCC__PP_FLAGS}>")
  # CMake's -std= for C_STANDARD: gnuNN unless C_EXTENSIONS is false.
  set(ext "$<TARGET_PROPERTY:${target},C_EXTENSIONS>")
  set(gnu "$<OR:$<STREQUAL:${ext},>,$<BOOL:${ext}>>")
  set(std "$<TARGET_PROPERTY:${target},C_STANDARD>")
  set(std "$<$<BOOL:${std}>:-std=$<IF:${gnu},gnu,c>${std}>")
  foreach(src IN LISTS sources)
    get_filename_component(abs "${src}" ABSOLUTE)
    file(RELATIVE_PATH rel "${CMAKE_CURRENT_SOURCE_DIR}" "${abs}")
    string(REGEX REPLACE "\\.ac\\.c$" ".c" rel_out "${rel}")
    string(REPLACE "../" "__/" rel_out "${rel_out}")
    set(out "${CMAKE_CURRENT_BINARY_DIR}/asyncc/${target}/${rel_out}")
    get_filename_component(out_dir "${out}" DIRECTORY)
    file(MAKE_DIRECTORY "${out_dir}")
    add_custom_command(
      OUTPUT "${out}"
      COMMAND $<TARGET_FILE:${ASYNCC_TOOL_TARGET}> "${abs}" -o "${out}"
              --depfile "${out}.d"
              "$<$<BOOL:${incs}>:-I$<JOIN:${incs},;-I>>"
              ${cflags} "${std}" "${opts}"
              "$<$<BOOL:${defs}>:-D$<JOIN:${defs},;-D>>"
      DEPENDS "${abs}" ${ASYNCC_TOOL_TARGET}
      DEPFILE "${out}.d"
      COMMENT "asyncc ${rel}"
      COMMAND_EXPAND_LISTS
      VERBATIM)
    target_sources(${target} ${scope} "${out}")
    set_property(TARGET ${target} APPEND PROPERTY ASYNCC_GENERATED_SOURCES
                 "${out}")
    # The generated file lives in the build tree: keep `#include "x.h"`
    # next to the source working.
    get_filename_component(src_dir "${abs}" DIRECTORY)
    target_include_directories(${target} ${scope} "${src_dir}")
  endforeach()
endfunction()
