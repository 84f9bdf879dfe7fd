# asyncc refuses an output or a depfile that is its input: it exits with
# status 1, says so, and leaves the input as it was.
#   cmake -DTOOL=... -DSOURCE=... -DWORK=... -P no_overwrite.cmake
file(MAKE_DIRECTORY ${WORK})
set(input ${WORK}/input.ac.c)
file(COPY_FILE ${SOURCE} ${input})
file(READ ${input} before)
foreach(option -o --depfile)
  execute_process(COMMAND ${TOOL} ${input} -o ${WORK}/out.c ${option} ${input}
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  file(READ ${input} after)
  if(rc EQUAL 0 OR NOT err MATCHES "would overwrite the input file")
    message(FATAL_ERROR "${option} onto the input: status ${rc}: ${err}")
  endif()
  if(NOT after STREQUAL before)
    message(FATAL_ERROR "${option} onto the input changed it")
  endif()
endforeach()
