# Shared by scripts/run and scripts/test: install what is missing, configure and build.
# Source it; it defines functions only.

tenancy_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

# Prints the packages of scripts/packages.txt that are not installed.
tenancy_missing_packages() {
    local root pkg status
    root=$(tenancy_root)
    while read -r pkg; do
        pkg=${pkg%%#*}
        pkg=${pkg//[[:space:]]/}
        [ -n "$pkg" ] || continue
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        case "$status" in
            *"install ok installed"*) ;;
            *) printf '%s\n' "$pkg" ;;
        esac
    done <"$root/scripts/packages.txt"
}

# Installs the missing packages with apt-get (through sudo when not root).
# A machine that has everything runs no installer.
tenancy_install_packages() {
    local missing sudo=()
    missing=$(tenancy_missing_packages)
    [ -n "$missing" ] || return 0
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || {
            echo "setup: missing packages and no sudo to install them:" $missing >&2
            return 1
        }
        sudo=(sudo)
    fi
    echo "setup: installing" $missing >&2
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# Configures and builds into $1 (build dir) with the given CMake build type and extra args.
tenancy_build() {
    local build_dir=$1 build_type=$2
    shift 2
    local root generator=()
    root=$(tenancy_root)
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$build_dir/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build_dir" "${generator[@]}" "${launcher[@]}" \
            -DCMAKE_BUILD_TYPE="$build_type" "$@" || return 1
    else
        cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" "$@" >/dev/null || return 1
    fi
    cmake --build "$build_dir" --parallel "${TENANCY_JOBS:-2}"
}
