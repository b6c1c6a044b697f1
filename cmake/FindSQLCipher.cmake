# Finds SQLCipher and provides the imported target SQLCipher::SQLCipher.
#
# Order: a CMake package config (vcpkg's sqlcipher::sqlcipher), then pkg-config
# (sqlcipher.pc on Debian and Homebrew), then a plain search for sqlcipher/sqlite3.h and
# libsqlcipher under CMAKE_PREFIX_PATH and the system folders.
# Consumers always get SQLITE_HAS_CODEC so sqlite3_key_v2 and friends are declared.
include(FindPackageHandleStandardArgs)

if(TARGET SQLCipher::SQLCipher)
    set(SQLCipher_FOUND TRUE)
    return()
endif()

find_package(sqlcipher CONFIG QUIET)
if(TARGET sqlcipher::sqlcipher)
    # vcpkg's port (Windows only, DLL only) installs the header as <prefix>/include/sqlcipher/sqlite3.h
    # but its target exports just <prefix>/include, where vcpkg's plain sqlite3 port (which Qt's
    # SQLite driver pulls in) puts a sqlite3.h without the codec API. Name the sqlcipher folder
    # ourselves so that #include <sqlite3.h> finds SQLCipher's header.
    get_target_property(_cd_sqlcipher_includes sqlcipher::sqlcipher INTERFACE_INCLUDE_DIRECTORIES)
    find_path(_cd_sqlcipher_prefix_include NAMES sqlcipher/sqlite3.h HINTS ${_cd_sqlcipher_includes} NO_DEFAULT_PATH)
    if(_cd_sqlcipher_prefix_include)
        set(SQLCipher_INCLUDE_DIR "${_cd_sqlcipher_prefix_include}/sqlcipher")
    endif()
    # The port installs no version file, so sqlcipher_VERSION stays empty; the version is read at
    # run time (PRAGMA cipher_version) for the About dialog, so it is not required here.
    set(SQLCipher_VERSION "${sqlcipher_VERSION}")
    find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCipher_INCLUDE_DIR)
    if(SQLCipher_FOUND)
        add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
        target_include_directories(SQLCipher::SQLCipher INTERFACE "${SQLCipher_INCLUDE_DIR}")
        target_link_libraries(SQLCipher::SQLCipher INTERFACE sqlcipher::sqlcipher)
        target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC)
    endif()
    mark_as_advanced(_cd_sqlcipher_prefix_include)
    return()
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_SQLCIPHER QUIET sqlcipher)
endif()

# pkg-config names the sqlcipher folder itself (Debian: /usr/include/sqlcipher). Without it, look
# for sqlcipher/sqlite3.h only, never a bare sqlite3.h, which would be plain SQLite's (macOS SDK).
if(PC_SQLCIPHER_INCLUDE_DIRS)
    find_path(SQLCipher_INCLUDE_DIR NAMES sqlite3.h HINTS ${PC_SQLCIPHER_INCLUDE_DIRS} NO_DEFAULT_PATH)
endif()
if(NOT SQLCipher_INCLUDE_DIR)
    find_path(_cd_sqlcipher_prefix_include NAMES sqlcipher/sqlite3.h)
    mark_as_advanced(_cd_sqlcipher_prefix_include)
    if(_cd_sqlcipher_prefix_include)
        set(SQLCipher_INCLUDE_DIR "${_cd_sqlcipher_prefix_include}/sqlcipher" CACHE PATH "SQLCipher headers" FORCE)
    endif()
endif()
find_library(SQLCipher_LIBRARY NAMES sqlcipher HINTS ${PC_SQLCIPHER_LIBRARY_DIRS})
set(SQLCipher_VERSION "${PC_SQLCIPHER_VERSION}")

find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCipher_LIBRARY SQLCipher_INCLUDE_DIR
                                  VERSION_VAR SQLCipher_VERSION)

if(SQLCipher_FOUND)
    add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
    set_target_properties(SQLCipher::SQLCipher PROPERTIES
        IMPORTED_LOCATION "${SQLCipher_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SQLCipher_INCLUDE_DIR}")
    target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC SQLITE_TEMP_STORE=3)
endif()
mark_as_advanced(SQLCipher_INCLUDE_DIR SQLCipher_LIBRARY)
