# Golden transform test: runs TOOL on DIR/input.ac.c (from DIR, so paths in
# #line directives are relative) and compares the result with
# DIR/expected.c byte for byte; then expected.c must compile cleanly with
# each of COMPILERS. With UPDATE_GOLDEN=1 in the environment, expected.c is
# rewritten instead (review the diff before committing it).
set(args)
if(EXISTS ${DIR}/args)
  file(STRINGS ${DIR}/args args)
endif()
execute_process(COMMAND ${TOOL} input.ac.c -o ${OUT} ${args}
  WORKING_DIRECTORY ${DIR} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "asyncc failed on ${DIR}/input.ac.c:\n${err}")
endif()
if(DEFINED ENV{UPDATE_GOLDEN} AND "$ENV{UPDATE_GOLDEN}")
  file(COPY_FILE ${OUT} ${DIR}/expected.c)
  message(STATUS "updated ${DIR}/expected.c")
endif()
file(READ ${OUT} got)
file(READ ${DIR}/expected.c expected)
if(NOT got STREQUAL expected)
  execute_process(COMMAND diff -u ${DIR}/expected.c ${OUT}
                  OUTPUT_VARIABLE d)
  message(FATAL_ERROR "output differs from ${DIR}/expected.c:\n${d}")
endif()
foreach(cc IN LISTS COMPILERS)
  if(cc)
    execute_process(COMMAND ${cc} -std=c11 -Wall -Wextra -Werror
                            -fsyntax-only -I${INCLUDE} expected.c
      WORKING_DIRECTORY ${DIR} RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
      message(FATAL_ERROR "${cc} on ${DIR}/expected.c:\n${err}")
    endif()
  endif()
endforeach()
