#!/usr/bin/env bash
# Ariadne benchmarks: prints medians and their ratios against baselines measured in the same run.
#
#   bench/run.sh [--runs N] [--skip-gui]
#
#   1. ./ariadne --version            vs  a bare Felix start and stop (bench: dev.ariadne.bench.BareFelix)
#   2. cold start to painted window   vs  a bare Felix with only SWT opening one Shell (dev.ariadne.bench.BareSwtWindow);
#      both print "PAINTED <ms since JVM start>" at their first paint and exit; run under Xvfb. The workbench is
#      measured as `./ariadne gui` and, on an extra line, as `./ariadne gui <empty case>`
#   3. idle workbench resident memory: ./ariadne gui on an empty case, painted, then idle, VmRSS from /proc
#
# Each measurement is repeated N times (default 7), baseline and Ariadne runs alternating so that load from other
# processes hits both alike; the tables show medians, the ratio of the medians, and the paired ratio (the median of
# each Ariadne run's ratio to the baseline run just before it), which the targets are judged on. The baselines use the
# same JVM options as ./ariadne gives the product they stand against. One untimed warm-up run of each comes first (it
# also fills the framework cache and the class data sharing archive that ./ariadne keeps in product/target). Builds
# what it needs. Work files and a copy of the results go to .bench/ (git-ignored). Needs Xvfb and xdotool for 2 and 3
# (unless --skip-gui).
# Exit code: 0 when every measurement ran, 1 when one failed (for example the workbench never printed PAINTED).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
WORK="$ROOT/.bench"
RUNS=7
GUI=1
TIMEOUT=90
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --skip-gui) GUI=0; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) echo "bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$WORK"
RESULTS="$WORK/results-$(date +%Y%m%d-%H%M%S).txt"
failures=0

say() { echo "bench: $*" >&2; }

# The JVM options ./ariadne uses for each product, read from the script itself so the baselines stay in step.
eval "$(awk '/^((headless|quick|desktop)_jvm|later_c2)=\(/ { on = 1 } on { print } on && /\)$/ { on = 0 }' "$ROOT/ariadne")"
[ "${#headless_jvm[@]}" -gt 0 ] && [ "${#quick_jvm[@]}" -gt 0 ] && [ "${#desktop_jvm[@]}" -gt 0 ] \
    || { say "cannot read the JVM options from ./ariadne"; exit 1; }
headless_jvm+=("${quick_jvm[@]}") # --version is a quick verb

# --- Build what is needed --------------------------------------------------------------------------------------
say "preparing (builds the product when it is missing or stale) ..."
"$ROOT/ariadne" --version >/dev/null
if [ ! -f "$ROOT/bench/target/classes/dev/ariadne/bench/BareFelix.class" ] \
    || [ -n "$(find "$ROOT/bench/src" "$ROOT/bench/pom.xml" -newer "$ROOT/bench/target/classes/dev/ariadne/bench/BareFelix.class" -print -quit)" ]; then
    say "building bench/ ..."
    (cd "$ROOT" && ./mvnw -q -B install -pl bench) >&2
fi

# The exact Felix and SWT jars the products embed.
JARS="$WORK/jars"
rm -rf "$JARS" && mkdir -p "$JARS"
JAR_TOOL="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
extract() { # extract <product jar> <pattern>: copies the embedded jar(s) matching the pattern into $JARS
    local entries
    entries="$("$JAR_TOOL" tf "$1" | grep -E "$2")"
    # shellcheck disable=SC2086 # one entry per word
    (cd "$JARS" && "$JAR_TOOL" xf "$1" $entries && mv jar/* . && rmdir jar)
}
extract "$ROOT/product/target/headless.jar" '^jar/org\.apache\.felix\.framework-.*\.jar$'
FELIX="$(ls "$JARS"/org.apache.felix.framework-*.jar)"
BENCH_CP="$ROOT/bench/target/classes:$FELIX"

now_ms() { date +%s%3N; }

median() { # median of the numbers given as arguments
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-" } else if (NR % 2) { print v[(NR + 1) / 2] } else { printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}

ratio() { # ratio <a> <b>
    if [ "$1" = "-" ] || [ "$2" = "-" ]; then echo "-"; else awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; fi
}

paired_ratio() { # paired_ratio "<a runs>" "<b runs>": the median of a[i] / b[i], each run against its own baseline run
    paste <(printf '%s\n' $1) <(printf '%s\n' $2) | awk 'NF == 2 && $2 > 0 { printf "%.4f\n", $1 / $2 }' \
        | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-" } else if (NR % 2) { printf "%.2f\n", v[(NR + 1) / 2] } else { printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}

verdict() { # verdict <value> <limit>: "ok" or "MISSED"
    if [ "$1" = "-" ]; then echo "n/a"; else awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "ok" : "MISSED" }'; fi
}

# --- 1. ./ariadne --version vs a bare Felix ----------------------------------------------------------------------
say "1/3: ./ariadne --version against a bare Felix start, $RUNS runs each ..."
java "${headless_jvm[@]}" -cp "$BENCH_CP" dev.ariadne.bench.BareFelix
"$ROOT/ariadne" --version >/dev/null
felix_ms=()
version_ms=()
for _ in $(seq "$RUNS"); do
    t0=$(now_ms); java "${headless_jvm[@]}" -cp "$BENCH_CP" dev.ariadne.bench.BareFelix; t1=$(now_ms)
    felix_ms+=($((t1 - t0)))
    t0=$(now_ms); "$ROOT/ariadne" --version >/dev/null; t1=$(now_ms)
    version_ms+=($((t1 - t0)))
done
felix_med="$(median "${felix_ms[@]}")"
version_med="$(median "${version_ms[@]}")"

# --- 2 and 3 need a display -------------------------------------------------------------------------------------
painted_ms=()
case_ms=()
bare_ms=()
rss_mb=()
gui_note=""
XVFB_PID=""
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT

painted() { # painted <log file>: the milliseconds of the PAINTED line, or nothing
    sed -n 's/^PAINTED \([0-9][0-9]*\)$/\1/p' "$1" | head -n 1
}

if [ "$GUI" = "1" ]; then
    command -v Xvfb >/dev/null || { say "Xvfb is missing (apt-get install xvfb)"; exit 1; }
    command -v xdotool >/dev/null || { say "xdotool is missing (apt-get install xdotool)"; exit 1; }
    # A display of our own, from :70 up (low numbers are what people start by hand).
    display=""
    for n in $(seq 70 140); do
        if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
            display="$n"
            break
        fi
    done
    [ -n "$display" ] || { say "no free X display number between :70 and :140"; exit 1; }
    Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp 2>"$WORK/xvfb.log" &
    XVFB_PID=$!
    deadline=$(( $(date +%s) + 20 ))
    while [ ! -e "/tmp/.X11-unix/X$display" ]; do
        [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$XVFB_PID" 2>/dev/null \
            || { say "Xvfb did not start on :$display, see $WORK/xvfb.log"; exit 1; }
        sleep 0.1
    done
    export DISPLAY=":$display"
    extract "$ROOT/product/target/desktop.jar" '^jar/org\.eclipse\.swt(\.gtk\.linux\.x86_64)?-[0-9.]*\.jar$'
    SWT="$(ls "$JARS"/org.eclipse.swt-*.jar)"
    SWT_GTK="$(ls "$JARS"/org.eclipse.swt.gtk.linux.x86_64-*.jar)"
    CASE="$WORK/empty-case"
    rm -rf "$CASE"
    "$ROOT/ariadne" case create "$CASE" --name "Benchmark" >/dev/null

    say "2/3: cold start to the painted window against a bare Felix + SWT window, $RUNS runs each ..."
    bare() {
        timeout "$TIMEOUT" java "${desktop_jvm[@]}" -cp "$BENCH_CP" dev.ariadne.bench.BareSwtWindow "$SWT" "$SWT_GTK" \
            >"$WORK/bare.log" 2>"$WORK/bare.err" || true
        painted "$WORK/bare.log"
    }
    ariadne_gui() { # ariadne_gui [<case>]: the workbench, on the case if given
        ARIADNE_JAVA_OPTS="-Dariadne.exitAfterPaint=true" timeout "$TIMEOUT" "$ROOT/ariadne" gui "$@" \
            >"$WORK/gui.log" 2>"$WORK/gui.err" || true
        painted "$WORK/gui.log"
    }
    bare >/dev/null
    ariadne_gui >/dev/null
    ariadne_gui "$CASE" >/dev/null
    for _ in $(seq "$RUNS"); do
        b="$(bare)"
        a="$(ariadne_gui)"
        c="$(ariadne_gui "$CASE")"
        if [ -n "$a" ] && [ -n "$c" ] && [ -n "$b" ]; then
            bare_ms+=("$b")
            painted_ms+=("$a")
            case_ms+=("$c")
        else
            gui_note="the workbench or the bare window printed no PAINTED line within ${TIMEOUT}s (see $WORK/gui.err, $WORK/bare.err)"
            say "$gui_note"
            break
        fi
    done

    say "3/3: idle workbench resident memory, 3 runs ..."
    for _ in 1 2 3; do
        "$ROOT/ariadne" gui "$CASE" >"$WORK/mem.log" 2>"$WORK/mem.err" &
        pid=$!
        if timeout "$TIMEOUT" xdotool search --sync --onlyvisible --name '^Ariadne' >/dev/null 2>&1; then
            sleep 5 # idle: what a person sees a few seconds after the window appeared
            rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")"
            rss_mb+=($((rss_kb / 1024)))
        else
            gui_note="no Ariadne window appeared within ${TIMEOUT}s (see $WORK/mem.err)"
            say "$gui_note"
        fi
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        [ -z "$gui_note" ] || break
    done
fi

# --- Report -----------------------------------------------------------------------------------------------------
bare_med="$(median "${bare_ms[@]+"${bare_ms[@]}"}")"
painted_med="$(median "${painted_ms[@]+"${painted_ms[@]}"}")"
case_med="$(median "${case_ms[@]+"${case_ms[@]}"}")"
rss_med="$(median "${rss_mb[@]+"${rss_mb[@]}"}")"
{
    echo "Ariadne benchmarks, $(date -u +%Y-%m-%dT%H:%M:%SZ), $RUNS runs, medians"
    echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
    echo
    printf '%-44s %10s %10s %7s %7s %8s %7s\n' "measurement" "Ariadne" "baseline" "ratio" "paired" "target" "result"
    r1="$(ratio "$version_med" "$felix_med")"
    p1="$(paired_ratio "${version_ms[*]}" "${felix_ms[*]}")"
    printf '%-44s %8s ms %7s ms %7s %7s %8s %7s\n' "./ariadne --version vs bare Felix" "$version_med" "$felix_med" "$r1" "$p1" "<= 1.5" "$(verdict "$p1" 1.5)"
    if [ "$GUI" = "1" ]; then
        r2="$(ratio "$painted_med" "$bare_med")"
        p2="$(paired_ratio "${painted_ms[*]-}" "${bare_ms[*]-}")"
        printf '%-44s %8s ms %7s ms %7s %7s %8s %7s\n' "start to painted window vs bare Felix+SWT" "$painted_med" "$bare_med" "$r2" "$p2" "<= 2" "$(verdict "$p2" 2)"
        r3="$(ratio "$case_med" "$bare_med")"
        p3="$(paired_ratio "${case_ms[*]-}" "${bare_ms[*]-}")"
        printf '%-44s %8s ms %7s ms %7s %7s %8s %7s\n' "  the same, opening an empty case" "$case_med" "$bare_med" "$r3" "$p3" "-" "-"
        printf '%-44s %8s MB %10s %7s %7s %8s %7s\n' "idle workbench resident memory (VmRSS)" "$rss_med" "-" "-" "-" "<= 300" "$(verdict "$rss_med" 300)"
    fi
    echo
    echo "ratio: of the medians; paired: the median of each run's ratio to the baseline run just before it (alternated,"
    echo "so a change of load between runs weighs on both), which the result is judged on"
    echo
    echo "raw ms: bare Felix ${felix_ms[*]} | ./ariadne --version ${version_ms[*]}"
    if [ "$GUI" = "1" ]; then
        echo "raw ms: bare SWT ${bare_ms[*]-} | workbench ${painted_ms[*]-} | with a case ${case_ms[*]-}"
        echo "raw MB: ${rss_mb[*]-}"
    fi
    [ -z "$gui_note" ] || echo "FAILED: $gui_note"
} | tee "$RESULTS"
say "results saved in $RESULTS"
if [ -n "$gui_note" ] || [ "${#version_ms[@]}" -eq 0 ]; then
    failures=1
fi
exit "$failures"
