# libFuzzer builds (-DCD_FUZZ=ON): clang only. Everything we compile gets coverage
# instrumentation plus ASan and UBSan, so the importers in cd_core are what the fuzzer sees;
# tests/fuzz links the fuzz_<target> executables with libFuzzer's main. scripts/fuzz.sh
# configures such a build in build-fuzz.
set(CD_FUZZ_ENABLED OFF)
if(CD_FUZZ)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        set(CD_FUZZ_ENABLED ON)
        add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                            -fno-omit-frame-pointer -g)
        add_link_options(-fsanitize=address,undefined)
    else()
        message(STATUS "CD_FUZZ needs clang (CC=clang CXX=clang++ or scripts/fuzz.sh); "
                       "skipping the libFuzzer targets. The regression replay test still builds.")
    endif()
endif()
