# INPUT must be rejected: asyncc exits with status 1, writes no OUT, and
# prints each diagnostic that INPUT lists in lines of the form
#   // expect: LINE:COL: error: MESSAGE
# as FILE:LINE:COL: error: MESSAGE (`// expect: in HEADER:LINE:COL: ...`
# for one in a header).
file(REMOVE ${OUT})
get_filename_component(dir ${INPUT} DIRECTORY)
get_filename_component(file ${INPUT} NAME)
execute_process(COMMAND ${TOOL} ${file} -o ${OUT} WORKING_DIRECTORY ${dir}
  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "expected exit status 1, got ${rc}:\n${err}")
endif()
if(EXISTS ${OUT})
  message(FATAL_ERROR "asyncc wrote ${OUT} although it failed")
endif()
file(STRINGS ${INPUT} expects REGEX "// expect: ")
if(NOT expects)
  message(FATAL_ERROR "${INPUT} lists no '// expect:' line")
endif()
foreach(line IN LISTS expects)
  string(REGEX REPLACE ".*// expect: " "" want "${line}")
  # `// expect: in FILE:LINE:COL: ...` names another file (a header)
  if(want MATCHES "^in ")
    string(REGEX REPLACE "^in " "" want "${want}")
  else()
    set(want "${file}:${want}")
  endif()
  string(FIND "${err}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "missing diagnostic '${want}' in:\n${err}")
  endif()
endforeach()
