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
# ASYNCC_TOOL_TARGET may name the tool's executable target; by default it
# is asyncc_tool in asyncc's own tree (also through add_subdirectory or
# FetchContent), asyncc::asyncc_tool from find_package(asyncc).
#
# Everything below is set inside the functions, so that they work from any
# directory (variables of this file's directory do not reach a parent
# project's). With Ninja, the depfile's paths are taken relative to the
# build directory, as CMake 3.20+ does (policy CMP0116).

if(POLICY CMP0116)
  cmake_policy(SET CMP0116 NEW)
endif()

# The flags of CMAKE_C_FLAGS and of the build type's flags that change
# what the preprocessor makes of a source (-D, -U, -O, -std=), as a list;
# `-D NAME` written as two arguments is kept as one, `-DNAME`.
function(asyncc_preprocessor_flags out)
  set(cflags "${CMAKE_C_FLAGS}")
  if(CMAKE_BUILD_TYPE)
    string(TOUPPER "${CMAKE_BUILD_TYPE}" build_type)
    string(APPEND cflags " ${CMAKE_C_FLAGS_${build_type}}")
  endif()
  separate_arguments(cflags UNIX_COMMAND "${cflags}")
  set(kept)
  set(pending)
  foreach(flag IN LISTS cflags)
    if(pending)
      list(APPEND kept "${pending}${flag}")
      set(pending)
    elseif(flag MATCHES "^-(D|U)$")
      set(pending "${flag}")
    elseif(flag MATCHES "^-(D|U|O|std=)")
      list(APPEND kept "${flag}")
    endif()
  endforeach()
  set(${out} "${kept}" PARENT_SCOPE)
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

  set(tool "${ASYNCC_TOOL_TARGET}")
  if(NOT tool AND TARGET asyncc_tool)
    set(tool asyncc_tool)
  elseif(NOT tool)
    set(tool asyncc::asyncc_tool)
  endif()
  set(incs "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
  set(defs "$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>")
  asyncc_preprocessor_flags(cflags)
  set(opts "$<FILTER:$<TARGET_PROPERTY:${target},COMPILE_OPTIONS>,INCLUDE,^-(D|U|O|std=)>")
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
      COMMAND $<TARGET_FILE:${tool}> "${abs}" -o "${out}"
              --depfile "${out}.d"
              "$<$<BOOL:${incs}>:-I$<JOIN:${incs},;-I>>"
              ${cflags} "${std}" "${opts}"
              "$<$<BOOL:${defs}>:-D$<JOIN:${defs},;-D>>"
      DEPENDS "${abs}" ${tool}
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
