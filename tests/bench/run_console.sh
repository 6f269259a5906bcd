#!/usr/bin/env bash
# Runs bench_console over a fresh sample fleet of N tenants, RUNS times for the start-up pair
# (the console, and an empty QMainWindow as the baseline), and prints medians and the ratio.
#   run_console.sh BENCH_CONSOLE TENANCYCTL N RUNS
set -euo pipefail
bench=$1
ctl=$2
n=${3:-100000}
runs=${4:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/tenancy-bench-console.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
TENANCY_OPERATOR=bench "$ctl" --db "sqlite://$work/fleet.sqlite" demo --tenants "$n" >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
console=()
baseline=()
for i in $(seq 1 "$runs"); do
    console+=("$("$bench" startup --db "$work/fleet.sqlite" 2>/dev/null | tail -n 1)")
    baseline+=("$("$bench" baseline 2>/dev/null | tail -n 1)")
    printf 'run %d: console %s ms, empty QMainWindow %s ms\n' "$i" "${console[-1]}" "${baseline[-1]}"
done
mc=$(printf '%s\n' "${console[@]}" | median)
mb=$(printf '%s\n' "${baseline[@]}" | median)
printf 'tenants: %d\nstart to first painted directory: median %s ms (target < 500 ms); ' "$n" "$mc"
printf 'empty QMainWindow %s ms; ratio %s\n' "$mb" "$(awk -v a="$mc" -v b="$mb" 'BEGIN {printf "%.2f", a / b}')"
"$bench" keystrokes --db "$work/fleet.sqlite" 2>/dev/null
