# Finds SQLCipher and provides the imported target SQLCipher::SQLCipher.
#
# Order: a CMake package config (vcpkg's sqlcipher::sqlcipher), then pkg-config
# (sqlcipher.pc on Debian and Homebrew), then a plain header/library search.
# Consumers always get SQLITE_HAS_CODEC so sqlite3_key_v2 and friends are declared.
include(FindPackageHandleStandardArgs)

if(TARGET SQLCipher::SQLCipher)
    set(SQLCipher_FOUND TRUE)
    return()
endif()

find_package(sqlcipher CONFIG QUIET)
if(TARGET sqlcipher::sqlcipher)
    add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
    target_link_libraries(SQLCipher::SQLCipher INTERFACE sqlcipher::sqlcipher)
    target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC)
    set(SQLCipher_VERSION "${sqlcipher_VERSION}")
    find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCipher_VERSION)
    return()
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_SQLCIPHER QUIET sqlcipher)
endif()

find_path(SQLCipher_INCLUDE_DIR NAMES sqlite3.h
          HINTS ${PC_SQLCIPHER_INCLUDE_DIRS}
          PATH_SUFFIXES sqlcipher)
find_library(SQLCipher_LIBRARY NAMES sqlcipher HINTS ${PC_SQLCIPHER_LIBRARY_DIRS})
set(SQLCipher_VERSION "${PC_SQLCIPHER_VERSION}")

find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCipher_LIBRARY SQLCipher_INCLUDE_DIR)

if(SQLCipher_FOUND)
    add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
    set_target_properties(SQLCipher::SQLCipher PROPERTIES
        IMPORTED_LOCATION "${SQLCipher_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SQLCipher_INCLUDE_DIR}")
    target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC SQLITE_TEMP_STORE=3)
endif()
mark_as_advanced(SQLCipher_INCLUDE_DIR SQLCipher_LIBRARY)
