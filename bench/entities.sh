#!/usr/bin/env bash
# Entity extraction speed: the extraction stage against the raw NER engine on the same text, in one run.
#
#   bench/entities.sh [--runs N] [--tokens T] [--workers W] [--no-build] [--skip-stage] [--skip-engine]
#
#   corpus  news-like English text, up to T tokens (default 300000; the sources hold about 225,000): the news
#           articles of the evaluation set (tests/eval/docs), then the history of the Debian project (Debian
#           package debian-history: people, places, dates) and the Debian Administrator's Handbook in English
#           (debian-handbook), HTML pages turned into plain text files, one document each; written to
#           .bench/entities/corpus
#   engine  in one JVM without a framework (bench/entities, EntitiesBench): the OpenNLP analyzer's sentences and
#           tokens per second; the NLP4J extractor component (found by name in the installed bundle, made as DS
#           makes it): time from first need to its first result, resident memory and heap it added, and its
#           tokens per second on one thread after one warm-up pass, by wall clock and per second of the process's
#           CPU time; the rules extractor alone, the same way, to show where the stage's time goes
#   raw     with the stage, in each run just before it and again just after (EntitiesBench raw, a JVM of its own):
#           the NLP4J extractor alone on one thread, one warm-up pass and one timed pass; the run's raw rate is the
#           mean of the two, the raw engine under the stage's load
#   stage   the extraction stage as the product runs it: `./ariadne extract <case> --all` on three cases: one short
#           article, the corpus, and the corpus three times over (copies of each file with newlines appended, so each
#           is a document of its own with the same text). In the job over the corpus three times, each document's
#           entities are stored one after another, and the case records when (EntitiesBench passes reads it): the
#           third pass over the text, in a process whose engines are loaded and whose code is compiled, is the
#           stage's steady rate, compared with the raw engine's warm pass; the second pass (the JIT still compiles)
#           is shown too. Corpus less one article (job durations, "seconds" of extract --json, and CPU time of the
#           whole commands: every thread, GC and JIT) is the first pass of a fresh process, JIT compilation
#           included. The job runs as many workers as the JVM sees cores: the stage's commands get
#           -XX:ActiveProcessorCount=W (default 1), so by default one worker extracts, as one thread runs the raw
#           engine
#
# Tokens are counted once, by the OpenNLP analyzer, for all rates. Each timed measurement runs N times (default 3),
# the tables show medians (of per-run differences for the stage); ratios are the median over runs of the stage's
# rate over the raw engine's of the same run. Installs the two Debian packages when they are missing
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
ENGINE=1
WORKERS=1
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --tokens) TOKENS="$2"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --skip-stage) STAGE=0; shift ;;
        --skip-engine) ENGINE=0; shift ;;
        --workers) WORKERS="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
say() { echo "bench: $*" >&2; }
mkdir -p "$WORK"
RESULTS="$ROOT/.bench/entities-results-$(date +%Y%m%d-%H%M%S).txt"

eval "$(awk '/^(later_c2|headless_jvm)=\(/ { on = 1 } on { print } on && /\)$/ { on = 0 }' "$ROOT/ariadne")"
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
job_seconds_of_run() { echo "$1" | awk '{ print $NF }'; }

# --- Raw engine ------------------------------------------------------------------------------------------------
if [ "$ENGINE" = 1 ]; then
    say "measuring the analyzer, the NER engine's load and memory, and its speed ..."
    # with the stage, the raw engine's rate is measured again in each of its runs; here one pass is enough
    engine_runs="$RUNS"
    [ "$STAGE" = 0 ] || engine_runs=1
    if ! bench_java engine "$WORK/corpus" "$engine_runs" "$WORK/store" > "$WORK/engine.properties"; then
        say "the engine measurement failed"
        failures=$((failures + 1))
    fi

    say "measuring the rules extractor alone, to see where the stage's time goes ..."
    bench_java extractor rules "$WORK/corpus" "$RUNS" "$WORK/rules-data" > "$WORK/rules.properties" \
        || say "the rules extractor could not be measured (is dev.ariadne.extract.rules installed?)"
else
    say "reusing the engine figures of the last run ($WORK/engine.properties, rules.properties)"
fi

# --- Stage through the product ---------------------------------------------------------------------------------
# Three cases: one article; the corpus; the corpus three times over (copies of every file with newlines appended, so
# each is a document of its own with the same text). Each run extracts all three with `./ariadne extract --all`, one
# command each. The passes over the corpus in the third job are timed from the times its documents were stored (see
# the stage above). The corpus job less the one-article job is the first pass of a fresh process. Durations come from
# the jobs' own figures (extract --json); CPU times are those of the whole commands (every thread: workers,
# extraction threads, GC, JIT), which a loaded machine inflates less than wall time.
stage_wall_once=""; stage_wall_tiny=""
stage_job_once=""; stage_job_tiny=""
stage_cpu_once=""; stage_cpu_tiny=""
pass_second=""; pass_third=""
stage_wall_thrice=""; stage_job_thrice=""; stage_cpu_thrice=""
import_seconds=""
stage_json=""
run_raw=""; run_raw_cpu=""
if [ "$STAGE" = 1 ]; then
    if [ "$BUILD" = 1 ]; then
        say "preparing the product (./ariadne builds it when it is missing or stale) ..."
        "$ROOT/ariadne" --version >/dev/null
    fi
    export ARIADNE_NO_BUILD=1
    export ARIADNE_JAVA_OPTS="${ARIADNE_JAVA_OPTS:-} -XX:ActiveProcessorCount=$WORKERS"
    ariadne() { "$ROOT/ariadne" "$@"; }
    last_wall=""; last_cpu=""
    timed() { # timed <command...>: runs it quietly; sets last_wall and last_cpu (user + system) in seconds
        local t0 t1
        t0=$(date +%s%N)
        /usr/bin/time -f "%U %S" -o "$WORK/last.time" "$@" > "$WORK/last.out" 2> "$WORK/last.err" \
            || { cat "$WORK/last.err" >&2; return 1; }
        t1=$(date +%s%N)
        last_wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }')
        last_cpu=$(tail -n 1 "$WORK/last.time" | awk '{ printf "%.2f\n", $1 + $2 }')
    }
    raw_mean() { # raw_mean <key>: the mean of the raw engine's figure before and after the stage in this run
        awk -v a="$(prop "$WORK/raw-before.properties" "$1")" -v b="$(prop "$WORK/raw-after.properties" "$1")" \
            'BEGIN { printf "%.0f", (a + b) / 2 }'
    }
    job_seconds() { # the extraction job's own duration, from the "seconds" of extract --json (millisecond precision)
        tr -d '\n' < "$WORK/last.out" | sed -n 's/.*"seconds" *: *\([0-9.]*\).*/\1/p'
    }
    rm -rf "$WORK/case-once" "$WORK/case-twice" "$WORK/case-thrice" "$WORK/case-tiny" "$WORK/case-big" \
        "$WORK/corpus-copy" "$WORK/corpus-copy2"
    mkdir -p "$WORK/corpus-copy" "$WORK/corpus-copy2"
    for f in "$WORK"/corpus/*.txt; do
        { cat "$f"; echo; } > "$WORK/corpus-copy/$(basename "$f")"
        { cat "$f"; echo; echo; } > "$WORK/corpus-copy2/$(basename "$f")"
    done
    if ariadne case create "$WORK/case-once" --name "Entities benchmark, corpus" >/dev/null \
        && ariadne case create "$WORK/case-thrice" --name "Entities benchmark, corpus three times" >/dev/null \
        && ariadne case create "$WORK/case-tiny" --name "Entities benchmark, one article" >/dev/null \
        && say "importing the corpus (import, index and extraction stages) ..." \
        && timed "$ROOT/ariadne" import "$WORK/case-once" "$WORK/corpus" && import_seconds="$last_wall" \
        && timed "$ROOT/ariadne" import "$WORK/case-thrice" "$WORK/corpus" "$WORK/corpus-copy" "$WORK/corpus-copy2" \
        && timed "$ROOT/ariadne" import "$WORK/case-tiny" "$WORK/tiny-corpus"; then
        for run in $(seq 1 "$RUNS"); do
            say "run $run of $RUNS: the raw engine, extract --all on one article, the corpus, three times, the raw engine again ..."
            bench_java raw "$WORK/corpus" "$WORK/store" > "$WORK/raw-before.properties" || failures=$((failures + 1))
            if timed "$ROOT/ariadne" extract "$WORK/case-tiny" --all --json; then
                stage_wall_tiny="$stage_wall_tiny $last_wall"; stage_cpu_tiny="$stage_cpu_tiny $last_cpu"
                stage_job_tiny="$stage_job_tiny $(job_seconds)"
            else
                failures=$((failures + 1))
            fi
            if timed "$ROOT/ariadne" extract "$WORK/case-once" --all --json; then
                stage_wall_once="$stage_wall_once $last_wall"; stage_cpu_once="$stage_cpu_once $last_cpu"
                stage_job_once="$stage_job_once $(job_seconds)"
                stage_json="$(cat "$WORK/last.out")"
            else
                failures=$((failures + 1))
            fi
            if timed "$ROOT/ariadne" extract "$WORK/case-thrice" --all --json; then
                stage_wall_thrice="$stage_wall_thrice $last_wall"; stage_cpu_thrice="$stage_cpu_thrice $last_cpu"
                stage_job_thrice="$stage_job_thrice $(job_seconds)"
                if bench_java passes "$WORK/case-thrice" 3 "$(job_seconds)" > "$WORK/passes.properties"; then
                    pass_second="$pass_second $(prop "$WORK/passes.properties" pass.2.s)"
                    pass_third="$pass_third $(prop "$WORK/passes.properties" pass.3.s)"
                else
                    failures=$((failures + 1))
                fi
            else
                failures=$((failures + 1))
            fi
            # the raw engine again right after the stage: the run's raw rate is the mean of before and after, so a load
            # that changes during the run weighs on both sides alike
            if bench_java raw "$WORK/corpus" "$WORK/store" > "$WORK/raw-after.properties" \
                && [ -s "$WORK/raw-before.properties" ]; then
                run_raw="$run_raw $(raw_mean raw.tokens.per.s)"
                run_raw_cpu="$run_raw_cpu $(raw_mean raw.tokens.per.cpu.s)"
            else
                failures=$((failures + 1))
            fi
            say "  jobs (s): one article $(job_seconds_of_run "$stage_job_tiny"), corpus $(job_seconds_of_run "$stage_job_once"), three times $(job_seconds_of_run "$stage_job_thrice") (its second and third passes $(job_seconds_of_run "$pass_second"), $(job_seconds_of_run "$pass_third")); CPU (s): $(job_seconds_of_run "$stage_cpu_tiny"), $(job_seconds_of_run "$stage_cpu_once"), $(job_seconds_of_run "$stage_cpu_thrice")"
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
raw_cpu=$(prop "$E" raw.tokens.per.cpu.s)
# rate_of <first times> <second times>: the median over runs of tokens / (second - first), runs paired
rate_of() {
    [ -n "$tokens" ] || return 0
    paste <(echo "$1" | tr ' ' '\n' | grep -v '^$') <(echo "$2" | tr ' ' '\n' | grep -v '^$') \
        | awk -v t="$tokens" 'NF == 2 && $2 > $1 { printf "%.0f ", t / ($2 - $1) }' | median
}
ratio_of() { [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }' || true; }
# rates_in <pass seconds>: per run, tokens / seconds, or - for none
rates_in() { echo "$1" | tr ' ' '\n' | grep -v '^$' \
    | awk -v t="${tokens:-0}" '{ if ($1 > 0 && t > 0) printf "%.0f ", t / $1; else printf "- " }'; }
steady=$(rates_in "$pass_third" | tr ' ' '\n' | grep -v -- '-' | median)
second=$(rates_in "$pass_second" | tr ' ' '\n' | grep -v -- '-' | median)
cold=$(rate_of "$stage_job_tiny" "$stage_job_once")
cold_cpu=$(rate_of "$stage_cpu_tiny" "$stage_cpu_once")
# per run: the stage's rate over the raw engine's measured just before it, then the median of the runs' ratios
rates_of() { # rates_of <first times> <second times>: per run, tokens / (second - first), or - for none
    paste <(echo "$1" | tr ' ' '\n' | grep -v '^$') <(echo "$2" | tr ' ' '\n' | grep -v '^$') \
        | awk -v t="${tokens:-0}" '{ if (NF == 2 && $2 > $1 && t > 0) printf "%.0f ", t / ($2 - $1); else printf "- " }'
}
ratios_of() { # ratios_of <stage rates> <raw rates>: the median of the per-run ratios
    paste <(echo "$1" | tr ' ' '\n' | grep -v '^$') <(echo "$2" | tr ' ' '\n' | grep -v '^$') \
        | awk '$1 != "-" && $2 > 0 { printf "%.3f ", $1 / $2 }' | median | awk 'NF { printf "%.2f", $1 }'
}
if [ -n "$run_raw_cpu" ]; then
    raw=$(echo "$run_raw" | median)
    raw_cpu=$(echo "$run_raw_cpu" | median)
    ratio=$(ratios_of "$(rates_in "$pass_third")" "$run_raw")
    cold_ratio_cpu=$(ratios_of "$(rates_of "$stage_cpu_tiny" "$stage_cpu_once")" "$run_raw_cpu")
else
    ratio=$(ratio_of "$steady" "$raw")
    cold_ratio_cpu=$(ratio_of "$cold_cpu" "$raw_cpu")
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
    echo "| raw NER engine (NLP4J extractor alone, 1 thread, warm; measured in each run before and after the stage), tokens per CPU second | $(or_dash "$raw_cpu") | - |"
    echo "| raw NER engine, tokens/s (wall) | $(or_dash "$raw") | - |"
    echo "| extraction stage, steady (product, $WORKERS worker(s), third pass over the corpus in one job), tokens/s | $(or_dash "$steady") | >= 20000 |"
    echo "| stage / raw engine (median of the runs' ratios) | $(or_dash "$ratio") | >= 0.85 |"
    echo "| extraction stage, second pass in the same job (JIT still compiling), tokens/s | $(or_dash "$second") | - |"
    echo "| extraction stage, first pass of a fresh process (corpus less one article), tokens per CPU second (/ raw) | $(or_dash "$cold_cpu") ($(or_dash "$cold_ratio_cpu")) | - |"
    echo "| the same, tokens/s (job durations) | $(or_dash "$cold") | - |"
    echo "| engine ready after first need, ms | $(or_dash "$(prop "$E" nlp4j.ready.ms)") | <= 5000 |"
    echo "| resident memory added by the loaded engine, MB | $(or_dash "$(prop "$E" nlp4j.rss.added.mb)") | <= 1024 |"
    echo "| heap added by the loaded engine, MB | $(or_dash "$(prop "$E" nlp4j.heap.added.mb)") | - |"
    echo "| process resident memory after the runs (peak), MB | $(or_dash "$(prop "$E" process.rss.mb)") ($(or_dash "$(prop "$E" process.rss.peak.mb)")) | - |"
    echo "| rules and gazetteer extractor alone, 1 thread, tokens/s (per CPU second) | $(or_dash "$(prop "$WORK/rules.properties" rules.tokens.per.s)") ($(or_dash "$(prop "$WORK/rules.properties" rules.tokens.per.cpu.s)")) | - |"
    echo "| OpenNLP analyzer, sentences and tokens, tokens/s | $(or_dash "$(prop "$E" analyzer.tokens.per.s)") | - |"
    echo "| OpenNLP analyzer with part-of-speech tags, tokens/s | $(or_dash "$(prop "$E" analyzer.tagged.tokens.per.s)") | - |"
    echo "| OpenNLP analyzer ready after first need, ms | $(or_dash "$(prop "$E" analyzer.ready.ms)") | - |"
    echo "| ./ariadne extract --all, one article / corpus / three times, s (wall) | $(or_dash "$(echo "$stage_wall_tiny" | median)") / $(or_dash "$(echo "$stage_wall_once" | median)") / $(or_dash "$(echo "$stage_wall_thrice" | median)") | - |"
    echo "| the extraction jobs inside them, s | $(or_dash "$(echo "$stage_job_tiny" | median)") / $(or_dash "$(echo "$stage_job_once" | median)") / $(or_dash "$(echo "$stage_job_thrice" | median)") | - |"
    echo "| the commands' CPU time (user + system), s | $(or_dash "$(echo "$stage_cpu_tiny" | median)") / $(or_dash "$(echo "$stage_cpu_once" | median)") / $(or_dash "$(echo "$stage_cpu_thrice" | median)") | - |"
    echo "| ./ariadne import of the corpus (import, index, extraction), s | $(or_dash "$import_seconds") | - |"
    echo
    case ",$extractors," in
        *nlp4j*) ;;
        *) echo "Note: the product's stage ran without the NLP4J extractor (extractors: $(or_dash "$extractors")), so the stage / raw ratio does not compare like with like."
           echo ;;
    esac
    echo "Raw engine mentions on the corpus: $(or_dash "$(prop "$E" nlp4j.mentions)"). Per run, job s (one article / corpus / three times):$(or_dash "$stage_job_tiny") /$(or_dash "$stage_job_once") /$(or_dash "$stage_job_thrice"); its second and third passes, s:$(or_dash "$pass_second") /$(or_dash "$pass_third"); CPU s:$(or_dash "$stage_cpu_tiny") /$(or_dash "$stage_cpu_once") /$(or_dash "$stage_cpu_thrice"); raw engine tokens/s:$(or_dash "$run_raw"), per CPU s:$(or_dash "$run_raw_cpu")."
} | tee "$RESULTS"
say "results saved in $RESULTS"
[ "$failures" -eq 0 ] || { say "$failures part(s) failed"; exit 1; }
