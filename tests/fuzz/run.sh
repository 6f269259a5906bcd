#!/bin/sh
# Builds a libFuzzer target with AddressSanitizer and UBSan and runs it for SECONDS.
#   tests/fuzz/run.sh configtemplate 600
# Only the target's sources and Qt6Core (pkg-config) are compiled, into build/fuzz/ (one
# process, one job). New inputs go to build/fuzz/corpus-TARGET, crashes to build/fuzz/;
# tests/fuzz/corpus/TARGET is the committed seed corpus (copy good finds there by hand).
set -eu

usage() {
    echo "usage: $0 TARGET SECONDS (targets: configtemplate)" >&2
    exit 2
}
[ $# -eq 2 ] || usage
target=$1
seconds=$2

root=$(cd "$(dirname "$0")/../.." && pwd)
case $target in
configtemplate) sources="core/config/ConfigTemplate.cpp core/config/ConfigTemplateDocument.cpp" ;;
*) usage ;;
esac

out="$root/build/fuzz"
mkdir -p "$out/corpus-$target"
binary="$out/fuzz_$target"

echo "building $binary"
# shellcheck disable=SC2046,SC2086 # word splitting of the flag lists is intended
(cd "$root" && clang++ -std=c++20 -g -O1 -fPIC -fno-omit-frame-pointer \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -Wall -Wextra -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_FOREACH \
    -DQT_USE_QSTRINGBUILDER -DQT_NO_KEYWORDS -DQT_FORCE_ASSERTS \
    -I core $(pkg-config --cflags Qt6Core) \
    "tests/fuzz/fuzz_$target.cpp" $sources \
    $(pkg-config --libs Qt6Core) -o "$binary")

dict=""
if [ -f "$root/tests/fuzz/$target.dict" ]; then
    dict="-dict=$root/tests/fuzz/$target.dict"
fi

# shellcheck disable=SC2086 # $dict is empty or one argument
exec "$binary" -max_total_time="$seconds" -print_final_stats=1 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/$target-" $dict \
    "$out/corpus-$target" "$root/tests/fuzz/corpus/$target"
