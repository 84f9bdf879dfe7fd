# install.cmake - `cmake --install` puts the tool, the runtime library, its
# header, the CMake package (find_package(asyncc)) and a pkg-config file
# in place (SPEC §4).
include(CMakePackageConfigHelpers)

install(TARGETS asyncc_tool EXPORT asyncc-targets
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS asyncc EXPORT asyncc-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(FILES runtime/include/asyncc.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(ASYNCC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/asyncc)
install(EXPORT asyncc-targets NAMESPACE asyncc::
        DESTINATION ${ASYNCC_CMAKE_DIR})
configure_package_config_file(cmake/asyncc-config.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/asyncc-config.cmake
  INSTALL_DESTINATION ${ASYNCC_CMAKE_DIR})
write_basic_package_version_file(
  ${CMAKE_CURRENT_BINARY_DIR}/asyncc-config-version.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/asyncc-config.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/asyncc-config-version.cmake
              cmake/asyncc.cmake
        DESTINATION ${ASYNCC_CMAKE_DIR})

# The .pc file finds the prefix from its own place, so the install stays
# relocatable (cmake --install --prefix DIR).
file(RELATIVE_PATH ASYNCC_PC_TO_PREFIX
     /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
configure_file(cmake/asyncc.pc.in ${CMAKE_CURRENT_BINARY_DIR}/asyncc.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/asyncc.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
