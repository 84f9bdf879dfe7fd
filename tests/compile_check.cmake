# Compiles each of FILES with COMPILER -std=c11 -Wall -Wextra -Werror
# (syntax and warnings only) and FLAGS; fails on any diagnostic.
foreach(f IN LISTS FILES)
  execute_process(COMMAND ${COMPILER} -std=c11 -Wall -Wextra -Werror
                          -fsyntax-only ${FLAGS} ${f}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "${COMPILER} on ${f}:\n${out}${err}")
  endif()
endforeach()
