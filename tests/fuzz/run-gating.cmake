# One gating libFuzzer run (ctest label fuzz), deterministic: a fresh scratch
# corpus each time, the committed seeds replayed first, then FUZZ_RUNS inputs
# from the fixed FUZZ_SEED. Exploratory fuzzing is scripts/fuzz, not this.
#   cmake -DFUZZER=... -DSEEDS=... -DWORK=... -DFUZZ_SEED=1 -DFUZZ_RUNS=20000 -P run-gating.cmake
file(REMOVE_RECURSE ${WORK} ${WORK}.artifacts)
file(MAKE_DIRECTORY ${WORK} ${WORK}.artifacts)
set(ENV{ASAN_OPTIONS} detect_leaks=1)
execute_process(
    COMMAND ${FUZZER} -seed=${FUZZ_SEED} -runs=${FUZZ_RUNS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
            -artifact_prefix=${WORK}.artifacts/ ${WORK} ${SEEDS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input is in ${WORK}.artifacts/")
endif()
