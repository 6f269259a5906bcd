#!/bin/sh
# Builds a libFuzzer target with AddressSanitizer and UBSan and runs it for SECONDS.
#   tests/fuzz/run.sh configtemplate 600
#   tests/fuzz/run.sh overrides 600
# Only the target's sources and Qt6Core (pkg-config; Qt6Sql's headers for overrides) are
# compiled, into build/fuzz/ (one process, one job). The overrides target loads the catalog,
# schema and templates from the source tree's resources/ (no resources compiled in). New inputs go to build/fuzz/corpus-TARGET, crashes to build/fuzz/;
# tests/fuzz/corpus/TARGET is the committed seed corpus (copy good finds there by hand).
set -eu

usage() {
    echo "usage: $0 TARGET SECONDS (targets: configtemplate, overrides)" >&2
    exit 2
}
[ $# -eq 2 ] || usage
target=$1
seconds=$2

root=$(cd "$(dirname "$0")/../.." && pwd)
case $target in
configtemplate)
    sources="core/config/ConfigTemplate.cpp core/config/ConfigTemplateDocument.cpp"
    modules="Qt6Core"
    ;;
overrides)
    sources="core/config/Overrides.cpp core/config/ConfigEngine.cpp core/config/ConfigDiff.cpp
        core/config/JsonSchema.cpp core/config/JsonLocator.cpp core/config/ConfigTemplate.cpp
        core/config/ConfigTemplateDocument.cpp core/model/Catalog.cpp core/model/Tier.cpp
        core/model/Limit.cpp core/model/Money.cpp core/model/Tenant.cpp"
    modules="Qt6Core Qt6Sql"
    ;;
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
    -I core -DTENANCY_SOURCE_DIR="\"$root\"" $(pkg-config --cflags $modules) \
    "tests/fuzz/fuzz_$target.cpp" $sources \
    $(pkg-config --libs $modules) -o "$binary")

dict=""
if [ -f "$root/tests/fuzz/$target.dict" ]; then
    dict="-dict=$root/tests/fuzz/$target.dict"
fi

# shellcheck disable=SC2086 # $dict is empty or one argument
exec "$binary" -max_total_time="$seconds" -print_final_stats=1 \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$out/$target-" $dict \
    "$out/corpus-$target" "$root/tests/fuzz/corpus/$target"
