# Runs CMD (a list) and compares its standard output with the file EXPECTED.
# Fails on a difference, a non-zero exit status, or a run past MAX_SECONDS.
execute_process(COMMAND ${CMD}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc
  TIMEOUT ${MAX_SECONDS})
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "'${CMD}' failed (${rc}):\n${err}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "standard output differs from ${EXPECTED}\n"
          "--- expected\n${expected}--- got\n${out}--- stderr\n${err}")
endif()
if(NOT err STREQUAL "")
  message(STATUS "stderr:\n${err}")
endif()
