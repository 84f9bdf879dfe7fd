# An async-C source compiled without the tool fails, and says why (SPEC
# §1: never a silently synchronous program), also a file that neither runs
# nor spawns a task (whose plain compile would otherwise link).
#   cmake -DCC=... -DINCLUDE=... -DSOURCE=... -DWORK=... -P ...
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CC} -std=c11 -c ${SOURCE} -I${INCLUDE}
                        -o ${WORK}/plain.o
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "run the asyncc tool on this file")
  message(FATAL_ERROR "${CC} compiled ${SOURCE} without the tool "
                      "(status ${rc}):\n${err}")
endif()
