#!/usr/bin/env bash
# Entity extraction speed: the extraction stage against the raw NER engine on the same text, in one run.
#
#   bench/entities.sh [--runs N] [--tokens T] [--no-build] [--skip-stage]
#
#   corpus  news-like English text, up to T tokens (default 300000; the sources hold about 225,000): the news
#           articles of the evaluation set (tests/eval/docs), then the history of the Debian project (Debian
#           package debian-history: people, places, dates) and the Debian Administrator's Handbook in English
#           (debian-handbook), HTML pages turned into plain text files, one document each; written to
#           .bench/entities/corpus
#   engine  in one JVM without a framework (bench/entities, EntitiesBench): the OpenNLP analyzer's sentences and
#           tokens per second; the NLP4J extractor component (found by name in the installed bundle, made as DS
#           makes it): time from first need to its first result, resident memory and heap it added, and its
#           tokens per second on one thread after one warm-up pass (the raw engine); the rules extractor alone,
#           the same way, to show where the stage's time goes
#   stage   the extraction stage as the product runs it: the job of `./ariadne extract <case> --all` over a case
#           holding the corpus (its duration from the job's summary line), less the same over a case of one short
#           article (engine load at first need, first document), so the difference is the stage's steady work on
#           the corpus; one worker, as the job runs. The same from the commands' wall clock (JVM and framework
#           start, case opening included in both) is shown beside it
#
# Tokens are counted once, by the OpenNLP analyzer, for all rates. Each timed measurement runs N times (default 3),
# the tables show medians; ratios are stage / raw engine. Installs the two Debian packages when they are missing
# (root, after apt-get update), builds bench/entities against the bundles installed in the local Maven repository
# (install dev.ariadne.nlp.opennlp and dev.ariadne.extract.nlp4j first to measure a change) and, unless --no-build,
# lets ./ariadne rebuild the product when it is stale. Work files go to .bench/entities, a copy of the results to
# .bench/entities-results-<time>.txt. Exit code 0 when every part ran, 1 otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
WORK="$ROOT/.bench/entities"
RUNS=3
TOKENS=300000
BUILD=1
STAGE=1
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --tokens) TOKENS="$2"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --skip-stage) STAGE=0; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
say() { echo "bench: $*" >&2; }
mkdir -p "$WORK"
RESULTS="$ROOT/.bench/entities-results-$(date +%Y%m%d-%H%M%S).txt"

eval "$(awk '/^headless_jvm=\(/ { on = 1 } on { print } on && /\)$/ { on = 0 }' "$ROOT/ariadne")"
[ "${#headless_jvm[@]}" -gt 0 ] || { say "cannot read the JVM options from ./ariadne"; exit 1; }

# --- Text ------------------------------------------------------------------------------------------------------
HISTORY=/usr/share/doc/debian-history/docs
HANDBOOK=/usr/share/doc/debian-handbook/html/en-US
missing=()
[ -d "$HISTORY" ] || missing+=(debian-history)
[ -d "$HANDBOOK" ] || missing+=(debian-handbook)
if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian packages ${missing[*]} ..."
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
fi

say "building bench/entities ..."
(cd "$ROOT" && ./mvnw -q -B -f bench/entities/pom.xml package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt) >&2
CP="$ROOT/bench/entities/target/classes:$(cat "$ROOT/bench/entities/target/classpath.txt")"
bench_java() { java "${headless_jvm[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
    dev.ariadne.bench.entities.EntitiesBench "$@"; }

say "preparing a corpus of about $TOKENS tokens ..."
sources=("$ROOT"/tests/eval/docs/*.txt "$HISTORY"/*.en.html)
mapfile -t handbook < <(ls "$HANDBOOK"/*.html | sort)
sources+=("${handbook[@]}")
bench_java prepare "$WORK/corpus" "$TOKENS" "${sources[@]}" > "$WORK/corpus.properties"
# the one-article case that the stage's fixed costs are measured on
rm -rf "$WORK/tiny-corpus" && mkdir -p "$WORK/tiny-corpus"
cp "$(ls "$WORK"/corpus/*.txt | head -n 1)" "$WORK/tiny-corpus/"

prop() { [ -f "$1" ] || return 0; sed -n "s/^$2=//p" "$1" | tail -n 1; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
failures=0

# --- Raw engine ------------------------------------------------------------------------------------------------
say "measuring the analyzer and the raw NER engine ($RUNS passes after a warm-up) ..."
if ! bench_java engine "$WORK/corpus" "$RUNS" "$WORK/store" > "$WORK/engine.properties"; then
    say "the engine measurement failed"
    failures=$((failures + 1))
fi

say "measuring the rules extractor alone, to see where the stage's time goes ..."
bench_java extractor rules "$WORK/corpus" "$RUNS" "$WORK/rules-data" > "$WORK/rules.properties" \
    || say "the rules extractor could not be measured (is dev.ariadne.extract.rules installed?)"

# --- Stage through the product ---------------------------------------------------------------------------------
stage_times_big=""
stage_times_tiny=""
job_times_big=""
job_times_tiny=""
import_seconds=""
stage_json=""
if [ "$STAGE" = 1 ]; then
    if [ "$BUILD" = 1 ]; then
        say "preparing the product (./ariadne builds it when it is missing or stale) ..."
        "$ROOT/ariadne" --version >/dev/null
    fi
    export ARIADNE_NO_BUILD=1
    ariadne() { "$ROOT/ariadne" "$@"; }
    seconds_of() { # seconds_of <command...>: runs it quietly, prints its wall time in seconds; fails with it
        local t0 t1
        t0=$(date +%s%N)
        "$@" > "$WORK/last.out" 2> "$WORK/last.err" || { cat "$WORK/last.err" >&2; return 1; }
        t1=$(date +%s%N)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
    }
    job_seconds() { # the extraction job's own duration, from its summary line ("succeeded, 167 items in 3:11")
        sed -n 's/.*succeeded.* in \([0-9:]*\)$/\1/p' "$WORK/last.err" | tail -n 1 \
            | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
    }
    rm -rf "$WORK/case-big" "$WORK/case-tiny"
    if ariadne case create "$WORK/case-big" --name "Entities benchmark" >/dev/null \
        && ariadne case create "$WORK/case-tiny" --name "Entities benchmark, one article" >/dev/null \
        && say "importing the corpus (import, index and extraction stages) ..." \
        && import_seconds=$(seconds_of ariadne import "$WORK/case-big" "$WORK/corpus") \
        && seconds_of ariadne import "$WORK/case-tiny" "$WORK/tiny-corpus" >/dev/null; then
        for run in $(seq 1 "$RUNS"); do
            say "stage run $run of $RUNS: extract --all on one article, then on the corpus ..."
            if t=$(seconds_of ariadne extract "$WORK/case-tiny" --all --json); then
                stage_times_tiny="$stage_times_tiny $t"
                job_times_tiny="$job_times_tiny $(job_seconds)"
            else
                failures=$((failures + 1))
            fi
            if t=$(seconds_of ariadne extract "$WORK/case-big" --all --json); then
                stage_times_big="$stage_times_big $t"
                job_times_big="$job_times_big $(job_seconds)"
                stage_json="$(cat "$WORK/last.out")"
            else
                failures=$((failures + 1))
            fi
        done
    else
        say "creating or importing the benchmark cases failed"
        failures=$((failures + 1))
    fi
fi

# --- Results ---------------------------------------------------------------------------------------------------
C="$WORK/corpus.properties"
E="$WORK/engine.properties"
tokens=$(prop "$E" corpus.tokens)
[ -n "$tokens" ] || tokens=$(prop "$C" corpus.tokens)
raw=$(prop "$E" raw.tokens.per.s)
big=$(echo "$stage_times_big" | median)
tiny=$(echo "$stage_times_tiny" | median)
job_big=$(echo "$job_times_big" | median)
job_tiny=$(echo "$job_times_tiny" | median)
stage=""
stage_wall=""
if [ -n "$job_big" ] && [ -n "$job_tiny" ] && [ -n "$tokens" ]; then
    stage=$(awk -v t="$tokens" -v b="$job_big" -v s="$job_tiny" 'BEGIN { if (b > s) printf "%.0f", t / (b - s) }')
fi
if [ -n "$big" ] && [ -n "$tiny" ] && [ -n "$tokens" ]; then
    stage_wall=$(awk -v t="$tokens" -v b="$big" -v s="$tiny" 'BEGIN { if (b > s) printf "%.0f", t / (b - s) }')
fi
ratio=""
if [ -n "$stage" ] && [ -n "$raw" ] && [ "$raw" != 0 ]; then
    ratio=$(awk -v a="$stage" -v b="$raw" 'BEGIN { printf "%.2f", a / b }')
fi
extractors=$(printf '%s' "$stage_json" | tr -d '\n' | sed -n 's/.*"extractors" *: *\[\([^]]*\)\].*/\1/p' | tr -d '" ' \
    | sed 's/,/, /g')
stage_docs=$(printf '%s' "$stage_json" | tr -d '\n' | sed -n 's/.*"documents" *: *\([0-9]*\).*/\1/p')
stage_failed=$(printf '%s' "$stage_json" | tr -d '\n' | { grep -o '"item"' || true; } | wc -l | tr -d ' ')
or_dash() { if [ -n "${1:-}" ]; then echo "$1"; else echo "-"; fi; }

{
    echo "Ariadne entity extraction speed, $(date -u +%Y-%m-%dT%H:%M:%SZ), $RUNS runs, medians"
    echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
    echo "Corpus: $(prop "$C" corpus.documents) documents, $(prop "$C" corpus.chars) chars, $(or_dash "$tokens") tokens (OpenNLP analyzer)"
    echo "Product: headless.jar of $(date -u -r "$ROOT/product/target/headless.jar" +%Y-%m-%dT%H:%MZ 2>/dev/null || echo '?'); extractors in the stage: $(or_dash "$extractors"); documents extracted $(or_dash "$stage_docs"), failed $(or_dash "$stage_failed")"
    echo
    echo "| measure | value | target |"
    echo "|---|---|---|"
    echo "| raw NER engine (NLP4J extractor alone, 1 thread), tokens/s | $(or_dash "$raw") | - |"
    echo "| extraction stage (product, 1 worker), tokens/s | $(or_dash "$stage") | >= 20000 |"
    echo "| stage / raw engine | $(or_dash "$ratio") | >= 0.85 |"
    echo "| extraction stage from wall clock instead of job times, tokens/s | $(or_dash "$stage_wall") | - |"
    echo "| engine ready after first need, ms | $(or_dash "$(prop "$E" nlp4j.ready.ms)") | <= 5000 |"
    echo "| resident memory added by the loaded engine, MB | $(or_dash "$(prop "$E" nlp4j.rss.added.mb)") | <= 1024 |"
    echo "| heap added by the loaded engine, MB | $(or_dash "$(prop "$E" nlp4j.heap.added.mb)") | - |"
    echo "| process resident memory after the runs (peak), MB | $(or_dash "$(prop "$E" process.rss.mb)") ($(or_dash "$(prop "$E" process.rss.peak.mb)")) | - |"
    echo "| rules and gazetteer extractor alone, 1 thread, tokens/s | $(or_dash "$(prop "$WORK/rules.properties" rules.tokens.per.s)") | - |"
    echo "| OpenNLP analyzer, sentences and tokens, tokens/s | $(or_dash "$(prop "$E" analyzer.tokens.per.s)") | - |"
    echo "| OpenNLP analyzer with part-of-speech tags, tokens/s | $(or_dash "$(prop "$E" analyzer.tagged.tokens.per.s)") | - |"
    echo "| OpenNLP analyzer ready after first need, ms | $(or_dash "$(prop "$E" analyzer.ready.ms)") | - |"
    echo "| ./ariadne extract --all, corpus / one article, s | $(or_dash "$big") / $(or_dash "$tiny") | - |"
    echo "| the extraction job inside it, corpus / one article, s | $(or_dash "$job_big") / $(or_dash "$job_tiny") | - |"
    echo "| ./ariadne import of the corpus (import, index, extraction), s | $(or_dash "$import_seconds") | - |"
    echo
    case ",$extractors," in
        *nlp4j*) ;;
        *) echo "Note: the product's stage ran without the NLP4J extractor (extractors: $(or_dash "$extractors")), so the stage / raw ratio does not compare like with like."
           echo ;;
    esac
    echo "Raw engine mentions on the corpus: $(or_dash "$(prop "$E" nlp4j.mentions)"). Stage times per run (corpus): $(or_dash "$stage_times_big"); (one article): $(or_dash "$stage_times_tiny")."
} | tee "$RESULTS"
say "results saved in $RESULTS"
[ "$failures" -eq 0 ] || { say "$failures part(s) failed"; exit 1; }
