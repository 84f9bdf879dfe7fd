# testing.cmake - helpers for asyncc's own tests and examples.
#
# asyncc_add_program(NAME SOURCES...)
#   Builds NAME from async-C (and plain C) sources, linked with the
#   runtime, and, with ASYNCC_SANITIZE_VARIANT, NAME_san under ASan+UBSan.
#   Registers NAME_clang: the generated C must also compile cleanly with
#   clang -std=c11 -Wall -Wextra -Werror.
# asyncc_add_output_test(NAME PROGRAM EXPECTED [MAX_SECONDS s])
#   Runs PROGRAM (and PROGRAM_san) and compares its standard output with
#   the file EXPECTED; fails on any difference, a non-zero exit, or a run
#   longer than MAX_SECONDS.

find_program(ASYNCC_CLANG NAMES clang-19 clang-18 clang-17 clang)
set(ASYNCC_SAN_ENV
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

function(asyncc__program name runtime flags)
  set(ac_sources)
  set(c_sources)
  foreach(src IN LISTS ARGN)
    if(src MATCHES "\\.ac\\.c$")
      list(APPEND ac_sources ${src})
    else()
      list(APPEND c_sources ${src})
    endif()
  endforeach()
  add_executable(${name} ${c_sources})
  asyncc_target_sources(${name} PRIVATE ${ac_sources})
  target_link_libraries(${name} PRIVATE ${runtime})
  target_compile_options(${name} PRIVATE ${ASYNCC_WARNINGS} ${flags})
  target_link_options(${name} PRIVATE ${flags})
endfunction()

function(asyncc_add_program name)
  asyncc__program(${name} asyncc "" ${ARGN})
  if(ASYNCC_SANITIZE_VARIANT)
    asyncc__program(${name}_san asyncc_san "${ASYNCC_SANITIZE_FLAGS}" ${ARGN})
  endif()
  if(ASYNCC_CLANG AND BUILD_TESTING)
    asyncc_preprocessor_flags(pp)
    add_test(NAME ${name}_clang
      COMMAND ${CMAKE_COMMAND}
        "-DCOMPILER=${ASYNCC_CLANG}"
        "-DFILES=$<TARGET_PROPERTY:${name},ASYNCC_GENERATED_SOURCES>"
        "-DFLAGS=${pp};-I${PROJECT_SOURCE_DIR}/runtime/include;-I$<JOIN:$<TARGET_PROPERTY:${name},INCLUDE_DIRECTORIES>,;-I>"
        -P ${PROJECT_SOURCE_DIR}/tests/compile_check.cmake)
  endif()
endfunction()

function(asyncc_add_output_test name program expected)
  cmake_parse_arguments(arg "" "MAX_SECONDS" "" ${ARGN})
  if(NOT arg_MAX_SECONDS)
    set(arg_MAX_SECONDS 60)
  endif()
  set(variants ${program})
  if(ASYNCC_SANITIZE_VARIANT)
    list(APPEND variants ${program}_san)
  endif()
  foreach(exe IN LISTS variants)
    string(REPLACE "${program}" "${name}" test_name "${exe}")
    add_test(NAME ${test_name}
      COMMAND ${CMAKE_COMMAND} "-DCMD=$<TARGET_FILE:${exe}>"
        "-DEXPECTED=${expected}" "-DMAX_SECONDS=${arg_MAX_SECONDS}"
        -P ${PROJECT_SOURCE_DIR}/tests/compare_output.cmake)
    set_tests_properties(${test_name} PROPERTIES ENVIRONMENT
                         "${ASYNCC_SAN_ENV}")
  endforeach()
endfunction()

# The asyncio twin of a program must print the expected output too: it is
# the oracle the expected file was taken from.
function(asyncc_add_asyncio_test name script expected)
  find_program(ASYNCC_PYTHON3 python3)
  if(ASYNCC_PYTHON3)
    add_test(NAME ${name}_asyncio
      COMMAND ${CMAKE_COMMAND} "-DCMD=${ASYNCC_PYTHON3};${script}"
        "-DEXPECTED=${expected}" -DMAX_SECONDS=60
        -P ${PROJECT_SOURCE_DIR}/tests/compare_output.cmake)
  endif()
endfunction()
