# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file names its licence (issue 17): an SPDX-License-Identifier line near its top.
#   cmake -DROOT=<source dir> -P check_spdx.cmake
set(_missing)
set(_count 0)
foreach(_dir app audio core packaging scripts tests tools voice .ci)
    file(GLOB_RECURSE _files LIST_DIRECTORIES false
        ${ROOT}/${_dir}/*.cpp ${ROOT}/${_dir}/*.h ${ROOT}/${_dir}/*.cmake ${ROOT}/${_dir}/*.sh ${ROOT}/${_dir}/*.py
        ${ROOT}/${_dir}/CMakeLists.txt ${ROOT}/${_dir}/run)
    foreach(_f IN LISTS _files)
        math(EXPR _count "${_count} + 1")
        file(READ ${_f} _head LIMIT 400)
        if(NOT _head MATCHES "SPDX-License-Identifier: GPL-3.0-or-later")
            list(APPEND _missing ${_f})
        endif()
    endforeach()
endforeach()
file(READ ${ROOT}/CMakeLists.txt _head LIMIT 400)
if(NOT _head MATCHES "SPDX-License-Identifier: GPL-3.0-or-later")
    list(APPEND _missing ${ROOT}/CMakeLists.txt)
endif()
if(_count LESS 300)
    message(FATAL_ERROR "only ${_count} source files found under ${ROOT}: wrong ROOT?")
endif()
if(_missing)
    list(JOIN _missing "\n  " _list)
    message(FATAL_ERROR "no SPDX-License-Identifier line in:\n  ${_list}")
endif()
message(STATUS "${_count} source files, each with its SPDX line")
