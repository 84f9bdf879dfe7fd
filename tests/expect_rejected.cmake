# A malformed or hostile INPUT (tests/bad/) must be rejected cleanly:
# exit status 1 (not a crash, not a hang past 60 s), at least one
# diagnostic in gcc's format, and no OUT written.
file(REMOVE ${OUT})
execute_process(COMMAND ${TOOL} ${INPUT} -o ${OUT}
  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET TIMEOUT 60)
if(NOT rc STREQUAL "1")
  message(FATAL_ERROR "expected exit status 1, got '${rc}':\n${err}")
endif()
if(NOT err MATCHES ":[0-9]+:[0-9]+: error: ")
  message(FATAL_ERROR "no file:line:col: error: diagnostic:\n${err}")
endif()
if(EXISTS ${OUT})
  message(FATAL_ERROR "asyncc wrote ${OUT} although it failed")
endif()
