# mw_add_qtest(NAME SOURCES src... [LIBS lib...] [LABELS label...] [ENVIRONMENT VAR=value...])
# Builds one Qt Test executable tst_NAME and registers it with ctest. Tests run
# on the offscreen platform with Qt's test mode for settings (see QStandardPaths::setTestModeEnabled).
set(MW_SOURCE_DIR ${CMAKE_SOURCE_DIR})
set(MW_SHARED_DIR ${CMAKE_SOURCE_DIR}/../shared)

function(mw_add_qtest name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT T_LABELS)
        set(T_LABELS unit)
    endif()
    add_executable(tst_${name} ${T_SOURCES})
    target_link_libraries(tst_${name} PRIVATE Qt6::Test mailwarden_testsupport ${T_LIBS})
    target_compile_definitions(tst_${name} PRIVATE
        MW_SOURCE_DIR="${MW_SOURCE_DIR}" MW_SHARED_DIR="${MW_SHARED_DIR}"
        MW_BINARY_DIR="${CMAKE_BINARY_DIR}")
    mw_target_warnings(tst_${name})
    add_test(NAME ${name} COMMAND tst_${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${T_ENVIRONMENT}")
endfunction()
