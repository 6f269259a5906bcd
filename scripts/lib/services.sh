# Throwaway services for scripts/test: a PostgreSQL cluster and a D-Bus session with an
# unlocked gnome-keyring. Source it; it defines functions only. State is kept under $1 (a
# directory of the build) so that a later run can stop what a killed run left behind.

tenancy_pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] || { echo "services: PostgreSQL server binaries not found" >&2; return 1; }
    printf '%s\n' "$dir"
}

# Runs a command as the cluster's owner: postgres when we are root (initdb refuses root).
tenancy_as_pg_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

tenancy_free_port() {
    local port
    for port in $(seq 55432 55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    echo "services: no free port between 55432 and 55532" >&2
    return 1
}

# Stops whatever an earlier (possibly killed) run left: a cluster, a keyring daemon.
tenancy_services_stop() {
    local state=$1 pgdir pid
    [ -d "$state" ] || return 0
    if [ -f "$state/pg-dir" ]; then
        pgdir=$(cat "$state/pg-dir")
        if [ -f "$pgdir/data/postmaster.pid" ]; then
            tenancy_as_pg_owner "$(tenancy_pg_bin)/pg_ctl" -D "$pgdir/data" -m immediate -w \
                stop >/dev/null 2>&1 || true
            # Still there (pg_ctl could not stop it): only if that process is this cluster's.
            pid=$(head -n 1 "$pgdir/data/postmaster.pid" 2>/dev/null || true)
            if [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] &&
                tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$pgdir/data"; then
                kill -9 "$pid" 2>/dev/null || true
            fi
        fi
        case "$pgdir" in
            */tenancy-test-pg.*) rm -rf "$pgdir" ;;
        esac
        rm -f "$state/pg-dir"
    fi
    # A keyring daemon of a killed run: only if it is still that run's (its HOME is the
    # throwaway home recorded beside it), never a desktop session's own.
    if [ -f "$state/keyring.pid" ]; then
        pid=$(cat "$state/keyring.pid")
        if [ -f "$state/home-dir" ] && [ -r "/proc/$pid/environ" ] &&
            tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null |
            grep -qx "HOME=$(cat "$state/home-dir")"; then
            kill "$pid" 2>/dev/null || true
        fi
        rm -f "$state/keyring.pid"
    fi
    if [ -f "$state/home-dir" ]; then
        case "$(cat "$state/home-dir")" in
            */tenancy-test-home.*) rm -rf "$(cat "$state/home-dir")" ;;
        esac
        rm -f "$state/home-dir"
    fi
}

# Starts a cluster on loopback; exports TENANCY_TEST_PG_HOST (socket dir), _PORT, _SUPERUSER.
# Local socket connections are trusted; TCP on 127.0.0.1 asks for a password (scram-sha-256).
tenancy_postgres_start() {
    local state=$1 bin pgdir port
    bin=$(tenancy_pg_bin) || return 1
    mkdir -p "$state"
    pgdir=$(mktemp -d "${TMPDIR:-/tmp}/tenancy-test-pg.XXXXXX")
    printf '%s\n' "$pgdir" >"$state/pg-dir"
    chmod 755 "$pgdir"
    mkdir -p "$pgdir/socket"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$pgdir"
    tenancy_as_pg_owner "$bin/initdb" -D "$pgdir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$pgdir/initdb.log" 2>&1 || {
        cat "$pgdir/initdb.log" >&2
        return 1
    }
    port=$(tenancy_free_port) || return 1
    tenancy_as_pg_owner "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pgdir/socket -c fsync=off -c max_connections=200" \
        start >/dev/null 9>&- || { # the server must not inherit scripts/test's lock
        cat "$pgdir/server.log" >&2
        return 1
    }
    export TENANCY_TEST_PG_HOST="$pgdir/socket"
    export TENANCY_TEST_PG_PORT="$port"
    export TENANCY_TEST_PG_SUPERUSER=postgres
    echo "services: PostgreSQL on 127.0.0.1:$port and $pgdir/socket" >&2
}
