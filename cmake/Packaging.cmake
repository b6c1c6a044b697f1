# Desktop integration, installation layout and packages.
#
#   cmake --install build --prefix /usr      lays out a GNUInstallDirs installation
#   ./scripts/package.sh                      builds Release and writes build/packages/*.deb
#   cpack -G WIX|NSIS (Windows), cpack -G DragNDrop (macOS): see docs/BUILDING.md
#
# The version comes from project(VERSION) alone; CD_RELEASE_DATE is the date of that release
# and goes into the AppStream metadata, so change both together when releasing.
set(CD_RELEASE_DATE "2026-11-28")

set(CD_PACKAGE_NAME "compliance-desk")
set(CD_DISPLAY_NAME "Compliance Desk")
set(CD_MAINTAINER "Vivest Compliance Team <security@vivest.cn>")
set(CD_HOMEPAGE "https://www.vivest.cn")
set(CD_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/compliance-desk.svg")
# Sizes rendered by scripts/render-icons.sh into resources/icons/hicolor.
set(CD_ICON_SIZES 16 24 32 48 64 128 256 512)

# ---------------------------------------------------------------------------------------------
# The executables: the window icon as a Qt resource, the Windows icon and version information,
# and the macOS bundle's Info.plist values and icon.
qt_add_resources(compliance-desk "cd_app_icon"
    PREFIX "/icons"
    BASE "${PROJECT_SOURCE_DIR}/resources/icons"
    FILES "${CD_ICON_SVG}")

if(WIN32)
    enable_language(RC)
    set(CD_WINDOWS_ICON "${PROJECT_SOURCE_DIR}/resources/windows/compliance-desk.ico")
    configure_file("${PROJECT_SOURCE_DIR}/resources/windows/compliance-desk.rc.in"
                   "${PROJECT_BINARY_DIR}/generated/compliance-desk.rc" @ONLY)
    target_sources(compliance-desk PRIVATE "${PROJECT_BINARY_DIR}/generated/compliance-desk.rc")
    target_sources(compliance-desk-cli PRIVATE "${PROJECT_BINARY_DIR}/generated/compliance-desk.rc")
endif()

if(APPLE)
    set(CD_MACOS_ICON "${PROJECT_SOURCE_DIR}/resources/macos/compliance-desk.icns")
    target_sources(compliance-desk PRIVATE "${CD_MACOS_ICON}")
    set_source_files_properties("${CD_MACOS_ICON}" TARGET_DIRECTORY compliance-desk
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(compliance-desk PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "${CD_DISPLAY_NAME}"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${CD_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE "compliance-desk.icns"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright (C) Vivest")
endif()

# ---------------------------------------------------------------------------------------------
# Installation layout.
if(WIN32 AND DEFINED VCPKG_TARGET_TRIPLET)
    # vcpkg's toolchain then copies the DLLs of vcpkg-built dependencies (SQLCipher, OpenSSL,
    # libxlsxwriter, zlib) next to the installed executables; windeployqt below adds Qt's.
    set(X_VCPKG_APPLOCAL_DEPS_INSTALL ON)
endif()

if(APPLE)
    # Both programs live in the bundle so that macdeployqt gives them one set of frameworks.
    install(TARGETS compliance-desk BUNDLE DESTINATION .)
    install(TARGETS compliance-desk-cli RUNTIME DESTINATION compliance-desk.app/Contents/MacOS)
else()
    install(TARGETS compliance-desk compliance-desk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(UNIX AND NOT APPLE)
    set(CD_LINUX_DIR "${PROJECT_SOURCE_DIR}/resources/linux")
    install(FILES "${CD_LINUX_DIR}/${CD_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

    configure_file("${CD_LINUX_DIR}/${CD_APP_ID}.metainfo.xml.in"
                   "${PROJECT_BINARY_DIR}/generated/${CD_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/generated/${CD_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    install(FILES "${CD_LINUX_DIR}/${CD_APP_ID}.mime.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME "${CD_APP_ID}.xml")

    install(FILES "${CD_ICON_SVG}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME "${CD_APP_ID}.svg")
    foreach(size IN LISTS CD_ICON_SIZES)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${CD_APP_ID}.png"
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # Manual pages and the Debian changelog, compressed as Debian policy wants (gzip -9n: no
    # name, no time stamp). The CLI's page gets its COMMANDS section from the built program's
    # --help, so it cannot fall behind the commands.
    find_program(CD_GZIP gzip REQUIRED)
    set(CD_MANPAGE_TEMPLATE "${PROJECT_SOURCE_DIR}/docs/compliance-desk-cli.1.in")
    set(CD_MANPAGE "${PROJECT_BINARY_DIR}/man/compliance-desk-cli.1")
    add_custom_command(OUTPUT "${CD_MANPAGE}.gz"
        COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:compliance-desk-cli> -DTEMPLATE=${CD_MANPAGE_TEMPLATE}
                -DOUTPUT=${CD_MANPAGE} -DPROJECT_VERSION=${PROJECT_VERSION} -DCD_RELEASE_DATE=${CD_RELEASE_DATE}
                -P "${PROJECT_SOURCE_DIR}/cmake/GenerateManPage.cmake"
        COMMAND ${CD_GZIP} -9 -n -c "${CD_MANPAGE}" > "${CD_MANPAGE}.gz"
        DEPENDS compliance-desk-cli "${CD_MANPAGE_TEMPLATE}" "${PROJECT_SOURCE_DIR}/cmake/GenerateManPage.cmake"
        COMMENT "Writing the compliance-desk-cli manual page")

    configure_file("${PROJECT_SOURCE_DIR}/docs/compliance-desk.1.in" "${PROJECT_BINARY_DIR}/man/compliance-desk.1" @ONLY)
    # The changelog's date in RFC 2822 form, as dpkg wants it.
    execute_process(COMMAND date -u -R -d "${CD_RELEASE_DATE} 00:00:00"
                    OUTPUT_VARIABLE CD_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    configure_file("${PROJECT_SOURCE_DIR}/resources/packaging/changelog.Debian.in"
                   "${PROJECT_BINARY_DIR}/packaging/changelog.Debian" @ONLY)
    set(CD_GZIPPED "${CD_MANPAGE}.gz")
    foreach(plain "${PROJECT_BINARY_DIR}/man/compliance-desk.1" "${PROJECT_BINARY_DIR}/packaging/changelog.Debian")
        add_custom_command(OUTPUT "${plain}.gz"
            COMMAND ${CD_GZIP} -9 -n -c "${plain}" > "${plain}.gz"
            DEPENDS "${plain}")
        list(APPEND CD_GZIPPED "${plain}.gz")
    endforeach()
    add_custom_target(cd_manpage ALL DEPENDS ${CD_GZIPPED})
    install(FILES "${CD_MANPAGE}.gz" "${PROJECT_BINARY_DIR}/man/compliance-desk.1.gz"
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES "${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${CD_PACKAGE_NAME})
    install(FILES "${PROJECT_SOURCE_DIR}/resources/packaging/copyright"
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${CD_PACKAGE_NAME})
endif()

# Qt's own libraries and plugins for the self-contained Windows and macOS packages. The tools
# come from the Qt that the build found (Qt6::windeployqt / Qt6::macdeployqt where Qt defines
# them). They run at install time on the installed executables, so `cmake --install` and CPack
# both get a folder that runs on a machine without Qt.
if(WIN32)
    if(TARGET Qt6::windeployqt)
        set(CD_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
    else()
        find_program(CD_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    endif()
    if(NOT CD_WINDEPLOYQT)
        message(WARNING "windeployqt not found: installations and packages will lack Qt's DLLs")
    else()
        install(CODE "
            set(cd_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
            execute_process(
                COMMAND \"${CD_WINDEPLOYQT}\" $<IF:$<CONFIG:Debug>,--debug,--release> --no-compiler-runtime
                        --no-system-d3d-compiler --no-opengl-sw
                        \"\${cd_bin}/compliance-desk.exe\" \"\${cd_bin}/compliance-desk-cli.exe\"
                COMMAND_ERROR_IS_FATAL ANY)
        ")
    endif()
    # The MSVC runtime DLLs, so the installer needs no separate redistributable.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
elseif(APPLE)
    if(TARGET Qt6::macdeployqt)
        set(CD_MACDEPLOYQT "$<TARGET_FILE:Qt6::macdeployqt>")
    else()
        find_program(CD_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    endif()
    if(NOT CD_MACDEPLOYQT)
        message(WARNING "macdeployqt not found: the bundle will not contain Qt's frameworks")
    else()
        install(CODE "
            set(cd_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/compliance-desk.app\")
            execute_process(
                COMMAND \"${CD_MACDEPLOYQT}\" \"\${cd_app}\"
                        \"-executable=\${cd_app}/Contents/MacOS/compliance-desk-cli\" -always-overwrite
                COMMAND_ERROR_IS_FATAL ANY)
        ")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# CPack: DEB on Linux, WIX (or NSIS) on Windows, DragNDrop on macOS.
set(CPACK_PACKAGE_NAME "${CD_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "Vivest")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${CD_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CD_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Privacy and information-security compliance desk")
set(CPACK_PACKAGE_DESCRIPTION
    "Compliance Desk (合规工作台) is where privacy and information-security staff
keep the promises of their privacy policy: contact submissions, rights
requests with working-day due dates, the disclosure and incident registers,
ISO/IEC 27001:2022 controls, policy versions and a hash-chained audit log,
all in one SQLCipher-encrypted vault file. Every register prints and exports
to PDF, CSV and Excel, in Simplified Chinese or English.
.
The package holds the desktop application and the command-line tool
compliance-desk-cli.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${CD_DISPLAY_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "compliance-desk" "${CD_DISPLAY_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/resources/packaging/LICENSE.txt")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# Debian 12 / Ubuntu. dpkg-shlibdeps works out the linked library packages (Qt 6, SQLCipher,
# libxlsxwriter); what is only loaded at run time is named here: the CJK fonts, Qt's own Chinese
# translations, libqt6svg6, whose icon-engine plugin draws the SVG window icon (the
# programs link no Qt Svg symbol, so dpkg-shlibdeps cannot see it), and OpenCC's conversion
# tables (libopencc-data; search folds Traditional to Simplified Chinese with them).
set(CPACK_DEBIAN_PACKAGE_NAME "${CD_PACKAGE_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CD_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CD_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, fonts-wqy-microhei, qt6-translations-l10n, libqt6svg6, libopencc-data")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Windows: an MSI (WiX 3) for deployment by IT, or an NSIS installer with `cpack -G NSIS`.
set(CPACK_WIX_UPGRADE_GUID "6B1D3E6A-4F0C-4C55-9D0B-2A7F4E8C1D35") # never change: MSI upgrades rely on it
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/windows/compliance-desk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "${CD_DISPLAY_NAME}")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CD_HOMEPAGE}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "security@vivest.cn")
set(CPACK_NSIS_PACKAGE_NAME "${CD_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${CD_DISPLAY_NAME}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/windows/compliance-desk.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/windows/compliance-desk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\compliance-desk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CD_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "security@vivest.cn")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS: a disk image with the bundle and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "${CD_DISPLAY_NAME}")
set(CPACK_DMG_FORMAT UDBZ)

if(WIN32)
    set(CPACK_GENERATOR WIX)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
