#!/usr/bin/env bash
# Benchmark: `tenancyctl demo --tenants N` (default 100000) on a fresh SQLite file, against the
# baseline of the same N tenant inserts done by the sqlite3 CLI from an SQL file (same schema
# and indexes, same rows, one transaction, WAL). Prints each run, the medians and the ratio.
#
#   demo_insert.sh TENANCYCTL [N] [RUNS]
set -euo pipefail
ctl=$1
n=${2:-100000}
runs=${3:-3}
command -v sqlite3 >/dev/null || { echo "demo_insert: sqlite3 is needed" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/tenancy-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

seconds() { # runs "$@", prints wall seconds
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The baseline's SQL: the schema of a freshly migrated database, then the same rows.
TENANCY_OPERATOR=bench "$ctl" --db "sqlite://$work/empty.sqlite" db migrate >/dev/null
TENANCY_OPERATOR=bench "$ctl" --db "sqlite://$work/source.sqlite" demo --tenants "$n" >/dev/null
{
    echo 'PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;'
    sqlite3 "$work/empty.sqlite" .dump | grep -v -e '^BEGIN TRANSACTION' -e '^COMMIT' \
        -e '^PRAGMA foreign_keys=OFF'
    echo 'BEGIN;'
    sqlite3 "$work/source.sqlite" .dump | grep -E '^INSERT INTO (configuration_documents|tenants) '
    echo 'COMMIT;'
} >"$work/baseline.sql"

ours=()
base=()
for i in $(seq 1 "$runs"); do
    rm -f "$work"/run.sqlite*
    ours+=("$(TENANCY_OPERATOR=bench seconds "$ctl" --db "sqlite://$work/run.sqlite" demo --tenants "$n")")
    rm -f "$work"/base.sqlite*
    base+=("$(seconds sh -c "sqlite3 '$work/base.sqlite' < '$work/baseline.sql'")")
    printf 'run %d: tenancyctl demo %.2f s, sqlite3 CLI %.2f s\n' "$i" "${ours[-1]}" "${base[-1]}"
done
m_ours=$(printf '%s\n' "${ours[@]}" | median)
m_base=$(printf '%s\n' "${base[@]}" | median)
printf 'tenants: %d\n' "$(sqlite3 "$work/run.sqlite" 'SELECT count(*) FROM tenants')"
printf 'median: tenancyctl demo %.2f s (target < 10 s), sqlite3 CLI baseline %.2f s, ratio %.2f\n' \
    "$m_ours" "$m_base" "$(awk -v a="$m_ours" -v b="$m_base" 'BEGIN {print a / b}')"
