# Writes the compliance-desk-cli manual page: docs/compliance-desk-cli.1.in with its COMMANDS
# section built from the program's own help, so that a new command or option appears in the
# manual without anyone remembering to add it.
#
#   cmake -DCLI=<compliance-desk-cli> -DTEMPLATE=<.1.in> -DOUTPUT=<.1>
#         -DPROJECT_VERSION=<x.y.z> -DCD_RELEASE_DATE=<YYYY-MM-DD> -P GenerateManPage.cmake
#
# Help texts are English source strings (the command-line tool installs no translator for them).
cmake_minimum_required(VERSION 3.21)

foreach(var CLI TEMPLATE OUTPUT PROJECT_VERSION CD_RELEASE_DATE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "GenerateManPage: ${var} is not set")
    endif()
endforeach()

# Text for troff: backslashes first, then hyphens (so they are not hyphenation points and copy
# as ASCII), and a leading dot or apostrophe would start a request.
function(cd_troff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(cd_run_help out)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen "${CLI}" ${ARGN}
        OUTPUT_VARIABLE text
        ERROR_QUIET
        RESULT_VARIABLE rc)
    # A command's --help ends with the usage exit code 2; the help text itself is what counts.
    if(NOT (rc EQUAL 0 OR rc EQUAL 2) OR NOT text MATCHES "(Options|Commands):")
        message(FATAL_ERROR "GenerateManPage: '${CLI} ${ARGN}' gave no help (exit code ${rc})")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Splits help text into lines; CMake lists need the semicolons out of the way first.
function(cd_lines text out)
    string(REPLACE ";" "\\;" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()

cd_run_help(overview --help)
cd_lines("${overview}" lines)
set(commands)
set(in_commands FALSE)
foreach(line IN LISTS lines)
    if(line STREQUAL "Commands:")
        set(in_commands TRUE)
    elseif(in_commands AND line MATCHES "^  ([a-z][a-z0-9-]*)  +(.+)$")
        list(APPEND commands "${CMAKE_MATCH_1}")
        set(summary_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
    elseif(in_commands AND line STREQUAL "")
        break()
    endif()
endforeach()
if(NOT commands)
    message(FATAL_ERROR "GenerateManPage: found no commands in '${CLI} --help'")
endif()

set(section "")
foreach(command IN LISTS commands)
    cd_troff_escape("${summary_${command}}" summary)
    cd_troff_escape("${command}" heading)
    string(APPEND section ".SS ${heading}\n${summary}\n")

    cd_run_help(help ${command} --help)
    cd_lines("${help}" lines)
    # QCommandLineParser's layout: "Options:" / "Arguments:" headings, entries indented by two
    # spaces with the description after a run of spaces, continuation lines indented deeper.
    set(block "")
    set(entries)
    set(current "")
    foreach(line IN LISTS lines)
        if(line STREQUAL "Options:" OR line STREQUAL "Arguments:")
            set(block "${line}")
        elseif(block AND line MATCHES "^  ([^ ].*[^ ]|[^ ])  +(.+)$")
            if(current)
                list(APPEND entries "${current}")
            endif()
            set(current "${CMAKE_MATCH_1}|${CMAKE_MATCH_2}")
            if(block STREQUAL "Arguments:")
                set(current "@${current}")
            endif()
        elseif(block AND current AND line MATCHES "^   +(.+)$")
            string(APPEND current " ${CMAKE_MATCH_1}")
        elseif(line STREQUAL "")
            set(block "")
        endif()
    endforeach()
    if(current)
        list(APPEND entries "${current}")
    endif()

    set(usage "")
    set(items "")
    foreach(entry IN LISTS entries)
        string(FIND "${entry}" "|" bar)
        string(SUBSTRING "${entry}" 0 ${bar} term)
        math(EXPR after "${bar} + 1")
        string(SUBSTRING "${entry}" ${after} -1 description)
        if(term MATCHES "^-h, --help" OR term MATCHES "^--help-all")
            continue()
        endif()
        cd_troff_escape("${description}" description)
        if(term MATCHES "^@(.*)$")
            # A positional argument: "kind", "action", ...
            cd_troff_escape("${CMAKE_MATCH_1}" name)
            string(APPEND usage " \\fI${name}\\fR")
            string(APPEND items ".TP\n.I ${name}\n${description}\n")
        elseif(term MATCHES "^([^ ]+) <([^>]+)>$")
            cd_troff_escape("${CMAKE_MATCH_1}" name)
            cd_troff_escape("${CMAKE_MATCH_2}" value)
            string(APPEND items ".TP\n.BI \"${name} \" ${value}\n${description}\n")
        else()
            cd_troff_escape("${term}" name)
            string(APPEND items ".TP\n.B ${name}\n${description}\n")
        endif()
    endforeach()
    if(usage)
        string(APPEND section ".PP\nUsage: \\fBcompliance\\-desk\\-cli ${heading}\\fR${usage} [\\fIoptions\\fR]\n")
    endif()
    if(items)
        string(APPEND section ".RS\n${items}.RE\n")
    endif()
endforeach()

set(CD_MANPAGE_COMMANDS "${section}")
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
