# SPDX-License-Identifier: GPL-3.0-or-later
# The install tests (resources/CMakeLists.txt), as a script: cmake -DMODE=... -P check_desktop_files.cmake
#   MODE=desktop  FILE=x.desktop       desktop-file-validate passes with no output at all (no error, warning or hint)
#   MODE=metainfo FILE=x.metainfo.xml  appstreamcli validate --no-net --strict passes (pedantic notes allowed)
#   MODE=install  BUILD_DIR PREFIX CONFIG APP_ID VERSION BINDIR DATADIR
#                 cmake --install BUILD_DIR --prefix PREFIX (emptied first) puts the binary, desktop entry, SVG icon
#                 and metainfo in the standard places, the installed files validate in place (appstreamcli
#                 validate-tree: the metainfo's desktop file is found), and the installed binary answers --version.
cmake_minimum_required(VERSION 3.24)

function(need_tool var name package)
    find_program(${var} ${name})
    if(NOT ${var})
        message(FATAL_ERROR "${name} not found: install the Debian package ${package} "
                            "(scripts/rollwise.sh test installs it)")
    endif()
endfunction()

function(run_quiet what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${what}: exit ${rc}\n${out}${err}")
    endif()
    set(run_out "${out}${err}" PARENT_SCOPE)
endfunction()

function(validate_desktop file)
    need_tool(DFV desktop-file-validate desktop-file-utils)
    run_quiet("desktop-file-validate ${file}" ${DFV} ${file})
    # It exits 0 on warnings and hints: any output at all fails the test.
    if(NOT run_out STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate ${file} reported:\n${run_out}")
    endif()
    message(STATUS "desktop-file-validate: ${file}: clean")
endfunction()

function(validate_metainfo file)
    need_tool(ASCLI appstreamcli appstream)
    # --no-net: no URL is fetched (works offline); --strict: warnings and infos fail too.
    run_quiet("appstreamcli validate ${file}" ${ASCLI} validate --no-net --strict --explain ${file})
    message(STATUS "appstreamcli validate: ${file}:\n${run_out}")
endfunction()

if(MODE STREQUAL "desktop")
    validate_desktop(${FILE})
elseif(MODE STREQUAL "metainfo")
    validate_metainfo(${FILE})
elseif(MODE STREQUAL "install")
    file(REMOVE_RECURSE ${PREFIX})
    set(config_args)
    if(CONFIG)
        set(config_args --config ${CONFIG})
    endif()
    # cmake --install rewrites BUILD_DIR/install_manifest.txt, the list a real install is uninstalled from
    # (docs/install.md): keep the developer's own.
    set(manifest ${BUILD_DIR}/install_manifest.txt)
    if(EXISTS ${manifest})
        file(READ ${manifest} saved_manifest)
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} ${config_args}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(DEFINED saved_manifest)
        file(WRITE ${manifest} "${saved_manifest}")
    else()
        file(REMOVE ${manifest})
    endif()
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX}: exit ${rc}\n${out}${err}")
    endif()
    set(expected
        ${BINDIR}/rollwise
        ${DATADIR}/applications/${APP_ID}.desktop
        ${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg
        ${DATADIR}/metainfo/${APP_ID}.metainfo.xml)
    foreach(rel IN LISTS expected)
        if(NOT EXISTS ${PREFIX}/${rel})
            message(FATAL_ERROR "cmake --install did not create ${PREFIX}/${rel}")
        endif()
        file(SIZE ${PREFIX}/${rel} size)
        if(size EQUAL 0)
            message(FATAL_ERROR "${PREFIX}/${rel} is empty")
        endif()
        message(STATUS "installed: ${rel} (${size} bytes)")
    endforeach()
    file(READ ${PREFIX}/${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg svg LIMIT 4096)
    if(NOT svg MATCHES "<svg[ \t\r\n]")
        message(FATAL_ERROR "the installed icon is not an SVG document")
    endif()
    validate_desktop(${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop)
    # validate-tree also checks the component against the tree: e.g. its launchable desktop file must be there.
    need_tool(ASCLI appstreamcli appstream)
    run_quiet("appstreamcli validate-tree ${PREFIX}" ${ASCLI} validate-tree --no-net --strict --explain ${PREFIX})
    message(STATUS "appstreamcli validate-tree: ${PREFIX}:\n${run_out}")
    # The installed binary, not the build tree's: it must run from the prefix (no build-tree RPATH needed).
    set(ENV{QT_QPA_PLATFORM} offscreen)
    run_quiet("${PREFIX}/${BINDIR}/rollwise --version" ${PREFIX}/${BINDIR}/rollwise --version)
    string(STRIP "${run_out}" version_out)
    if(NOT version_out STREQUAL "Rollwise ${VERSION}")
        message(FATAL_ERROR "installed rollwise --version printed '${version_out}', expected 'Rollwise ${VERSION}'")
    endif()
    message(STATUS "${PREFIX}/${BINDIR}/rollwise --version: ${version_out}")
    file(REMOVE_RECURSE ${PREFIX})
else()
    message(FATAL_ERROR "check_desktop_files.cmake: MODE must be desktop, metainfo or install (got '${MODE}')")
endif()
