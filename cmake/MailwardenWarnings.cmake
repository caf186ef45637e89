# Warnings are errors for our own code (not for generated moc/rcc files, which
# Qt's tools own). Call mw_target_warnings(target) on every target we write.
function(mw_target_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough
        $<$<BOOL:${MAILWARDEN_WERROR}>:-Werror>)
endfunction()
option(MAILWARDEN_WERROR "Treat compiler warnings as errors" ON)
# Not -Wnull-dereference: GCC 14 at -O2 reports it inside QByteArray::size() for
# correct code, so it would only teach people to ignore warnings.
