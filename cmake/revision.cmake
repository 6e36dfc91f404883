# Writes OUTPUT, a header defining PORTALDESK_REVISION: the commit of SOURCE_DIR,
# "-dirty" when tracked files differ from it, "unknown" outside a git checkout.
# Run at every build (cmake -P); the header is rewritten only when the revision
# changes, so an unchanged tree relinks nothing.
#   cmake -DSOURCE_DIR=… -DOUTPUT=… [-DREVISION=…] -P revision.cmake
if(NOT REVISION)
    set(REVISION unknown)
    find_program(GIT git)
    if(GIT)
        execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} rev-parse --short=10 HEAD
            OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE failed ERROR_QUIET)
        if(NOT failed AND commit)
            set(REVISION ${commit})
            execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} update-index -q --refresh OUTPUT_QUIET ERROR_QUIET)
            execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} diff-index --quiet HEAD --
                RESULT_VARIABLE dirty ERROR_QUIET)
            if(dirty)
                string(APPEND REVISION -dirty)
            endif()
        endif()
    endif()
endif()
file(WRITE ${OUTPUT}.new "#pragma once\n#define PORTALDESK_REVISION \"${REVISION}\"\n")
file(COPY_FILE ${OUTPUT}.new ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.new)
