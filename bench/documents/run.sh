#!/usr/bin/env bash
# Documents and search benchmarks: import, PDF and search speed against baselines measured in the same JVM.
#
#   bench/documents/run.sh [--runs N] [import] [pdf] [search]
#
#   import  import and index of the text, HTML and mail parts of the corpus (importer job + index stage, the only
#           stage), 1 and 2 workers, vs a plain single-thread Lucene IndexWriter on the same extracted texts with the
#           same analyzer and fields, in MB of extracted text per second
#   pdf     PDF import, 1 worker, vs PDFBox text extraction of the same files, in pages per second
#   search  SearchService vs plain Lucene on the index of the import: median and p99, with and without snippets
#   heap    one import of the whole corpus (PDF included) in a JVM with a 1 GB heap: it must succeed; the heap it used
#
# The first three by default; N runs of each (default 3), alternating with their baselines; medians. Needs the corpus of
# bench/corpus.sh in .bench/corpus. Builds bench/documents against the bundles installed in the local Maven
# repository (install dev.ariadne.importer and dev.ariadne.search.lucene first to measure a change). Runs with the
# JVM options ./ariadne gives the headless product, and a 2 GB heap for the texts the baseline keeps in memory.
# Work files go to .bench/documents (BENCH_WORK=<folder> to put them elsewhere, so that two runs at once do not
# delete each other's cases); a copy of the results to .bench/documents-results-<time>.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
RUNS=3
PARTS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        import|pdf|search|heap) PARTS+=("$1"); shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
CORPUS="${BENCH_CORPUS:-$ROOT/.bench/corpus}"
WORK="${BENCH_WORK:-$ROOT/.bench/documents}"
[ -d "$CORPUS/html" ] || { echo "bench: no corpus in $CORPUS; run bench/corpus.sh first" >&2; exit 1; }

eval "$(awk '/^(later_c2|headless_jvm)=\(/ { on = 1 } on { print } on && /\)$/ { on = 0 }' "$ROOT/ariadne")"
[ "${#headless_jvm[@]}" -gt 0 ] || { echo "bench: cannot read the JVM options from ./ariadne" >&2; exit 1; }

echo "bench: building bench/documents ..." >&2
(cd "$ROOT" && ./mvnw -q -B -f bench/documents/pom.xml package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt) >&2
CP="$ROOT/bench/documents/target/classes:$(cat "$ROOT/bench/documents/target/classpath.txt")"

RESULTS="$ROOT/.bench/documents-results-$(date +%Y%m%d-%H%M%S).txt"
{
    echo "Ariadne documents and search benchmarks, $(date -u +%Y-%m-%dT%H:%M:%SZ), $RUNS runs, medians"
    echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
    echo
    MAIN=()
    HEAP=0
    for part in "${PARTS[@]+"${PARTS[@]}"}"; do
        if [ "$part" = heap ]; then HEAP=1; else MAIN+=("$part"); fi
    done
    if [ "$HEAP" = 0 ] || [ "${#MAIN[@]}" -gt 0 ]; then
        # shellcheck disable=SC2086 # BENCH_JAVA_OPTS: extra JVM options, e.g. to record a flight recording
        java "${headless_jvm[@]}" -Xmx2g ${BENCH_JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
            dev.ariadne.bench.documents.DocumentsBench "$CORPUS" "$WORK" "$RUNS" \
            "${MAIN[@]+"${MAIN[@]}"}"
    fi
    if [ "$HEAP" = 1 ]; then
        # shellcheck disable=SC2086
        java "${headless_jvm[@]}" -Xmx1g ${BENCH_JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
            dev.ariadne.bench.documents.DocumentsBench "$CORPUS" "$WORK-heap" 1 heap
    fi
} | tee "$RESULTS"
echo "bench: results saved in $RESULTS" >&2
