# Builds SQLCipher from its amalgamation (sqlite3.c and sqlite3.h in CD_SQLCIPHER_AMALGAMATION)
# as a static library against the system's OpenSSL libcrypto, and provides it as
# SQLCipher::SQLCipher, so every target links it instead of a system SQLCipher.
#
# Used to run the storage tests against SQLCipher 4.x on a machine whose own SQLCipher is 3.4
# (scripts/fetch-sqlcipher4.sh fetches 4.5.5; scripts/test.sh builds build-sqlcipher4 with it).
# The compile options are those the platform builds use (vcpkg, Homebrew, Debian's package):
# the codec with OpenSSL, temporary files in memory unless asked otherwise, serialised threading,
# and the same optional features as Debian's libsqlcipher, so SQL that works with one works with
# the other.
if(TARGET SQLCipher::SQLCipher)
    return()
endif()

foreach(file sqlite3.c sqlite3.h)
    if(NOT EXISTS "${CD_SQLCIPHER_AMALGAMATION}/${file}")
        message(FATAL_ERROR "CD_SQLCIPHER_AMALGAMATION=${CD_SQLCIPHER_AMALGAMATION} has no ${file}; "
                            "run scripts/fetch-sqlcipher4.sh and pass the folder it prints.")
    endif()
endforeach()

enable_language(C)
if(CCACHE_PROGRAM)
    set(CMAKE_C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

# The version the amalgamation says it is, for the About dialog's build line and the tests.
file(STRINGS "${CD_SQLCIPHER_AMALGAMATION}/sqlite3.c" _cd_cipher_version_line
     REGEX "^#define CIPHER_VERSION_NUMBER " LIMIT_COUNT 1)
string(REGEX REPLACE "^#define CIPHER_VERSION_NUMBER +([0-9.]+).*" "\\1" SQLCipher_VERSION "${_cd_cipher_version_line}")

add_library(cd_sqlcipher STATIC "${CD_SQLCIPHER_AMALGAMATION}/sqlite3.c")
set_target_properties(cd_sqlcipher PROPERTIES C_STANDARD 99 C_EXTENSIONS ON POSITION_INDEPENDENT_CODE ON
                                              AUTOMOC OFF AUTORCC OFF)
target_compile_definitions(cd_sqlcipher
    PRIVATE
        SQLCIPHER_CRYPTO_OPENSSL
        SQLITE_TEMP_STORE=2
        SQLITE_THREADSAFE=1
        SQLITE_SECURE_DELETE
        SQLITE_ENABLE_FTS3
        SQLITE_ENABLE_RTREE
        SQLITE_ENABLE_COLUMN_METADATA
        SQLITE_ENABLE_UNLOCK_NOTIFY
        SQLITE_SOUNDEX
        SQLITE_OMIT_LOAD_EXTENSION
        NDEBUG
    PUBLIC
        SQLITE_HAS_CODEC)
# Third-party code: its own warnings are not ours to fix.
target_compile_options(cd_sqlcipher PRIVATE $<$<C_COMPILER_ID:GNU,Clang>:-w> $<$<C_COMPILER_ID:MSVC>:/W0>)
target_include_directories(cd_sqlcipher PUBLIC "${CD_SQLCIPHER_AMALGAMATION}")
target_link_libraries(cd_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads)
if(UNIX)
    target_link_libraries(cd_sqlcipher PUBLIC m)
endif()

add_library(SQLCipher::SQLCipher ALIAS cd_sqlcipher)
set(SQLCipher_FOUND TRUE)
message(STATUS "SQLCipher ${SQLCipher_VERSION} built from the amalgamation in ${CD_SQLCIPHER_AMALGAMATION}")
