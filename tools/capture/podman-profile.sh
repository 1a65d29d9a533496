#!/bin/bash
# One isolated `podman system service` per specconf host profile (see tools/capture/README.md).
#
#   podman-profile.sh setup                   users, subordinate ids and packages (idempotent)
#   podman-profile.sh start PROFILE           fresh store, start the service, wait until it answers
#   podman-profile.sh stop PROFILE            stop it and remove every trace (processes, cgroup, locks)
#   podman-profile.sh check PROFILE           exit 1 and list whatever of PROFILE is still alive
#   podman-profile.sh podman PROFILE ARGS...  the podman CLI on the profile's store, as its user
#   podman-profile.sh describe PROFILE        key=value facts the capture tool needs
#   podman-profile.sh stop-all                stop every profile
#
# Profiles: root-cgroupv1 root-cgroupv2 rootless-cgroupv1 rootless-cgroupv2 rootless-3gids rootless-4gids.
# State lives in /var/tmp/specconf/<profile>/ only; /var/lib/containers and the users' own stores are
# never used. Every podman process (service or CLI) runs in a private mount namespace (unshare -m), so
# the storage driver's mounts and the cgroup2 bind die with it.
set -euo pipefail -o errtrace

SELF=$(readlink -f "$0")
BASE=/var/tmp/specconf
FIXED_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
UNIFIED=/sys/fs/cgroup/unified

die() { echo "podman-profile.sh: $*" >&2; exit 1; }

# profile -> user uid gid subuid subgid cgroup-version
profile_row() {
    case $1 in
    root-cgroupv1)     echo "root 0 0 - - 1" ;;
    root-cgroupv2)     echo "root 0 0 - - 2" ;;
    rootless-cgroupv1) echo "specconf 1001 1001 100000:65536 100000:65536 1" ;;
    rootless-cgroupv2) echo "specconf 1001 1001 100000:65536 100000:65536 2" ;;
    rootless-3gids)    echo "specconf3 1002 1002 165536:65536 300000:3 1" ;;
    rootless-4gids)    echo "specconf4 1003 1003 231072:65536 400000:4 1" ;;
    *) return 1 ;;
    esac
}
ALL_PROFILES="root-cgroupv1 root-cgroupv2 rootless-cgroupv1 rootless-cgroupv2 rootless-3gids rootless-4gids"

load_profile() {
    PROF=$1
    local row
    row=$(profile_row "$PROF") || die "unknown profile '$PROF' (known: $ALL_PROFILES)"
    read -r PUSER PUID PGID PSUBUID PSUBGID PCG <<<"$row"
    P=$BASE/$PROF
    SOCK=$P/podman.sock
    XDG=$P/xdg
    CG=$UNIFIED/specconf-$PROF
    if [ "$PUSER" = root ]; then PHOME=/root; else PHOME=/home/$PUSER; fi
    GLOBAL_FLAGS=(--root "$P/root" --runroot "$P/run" --tmpdir "$P/tmp" --volumepath "$P/volumes"
                  --network-config-dir "$P/networks")
}

# ---------------------------------------------------------------------------------------- setup

ensure_packages() {
    local missing=()
    command -v podman >/dev/null || missing+=(podman)
    command -v newuidmap >/dev/null || missing+=(uidmap)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "installing ${missing[*]} with apt-get" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
    fi
}

# The user must exist with exactly these ids: keep-id and no-map goldens embed them.
ensure_user() {
    local user=$1 uid=$2 gid=$3
    if getent passwd "$user" >/dev/null; then
        [ "$(id -u "$user")" = "$uid" ] && [ "$(id -g "$user")" = "$gid" ] ||
            die "user $user exists with uid/gid $(id -u "$user")/$(id -g "$user"), need $uid/$gid"
    else
        if getent group "$gid" >/dev/null; then
            [ "$(getent group "$gid" | cut -d: -f1)" = "$user" ] || die "gid $gid is taken by another group"
        else
            groupadd -g "$gid" "$user"
        fi
        getent passwd "$uid" >/dev/null && die "uid $uid is taken by another user"
        useradd -u "$uid" -g "$gid" -m -d "/home/$user" -s /bin/sh "$user"
    fi
}

# Exactly one line "user:start:count" for the user in /etc/subuid or /etc/subgid; useradd may have
# added a range of its own (SUB_UID_* in login.defs), which is replaced.
ensure_subid() {
    local file=$1 user=$2 range=$3
    local want="$user:$range" start=${range%:*} count=${range#*:}
    [ "$(grep "^$user:" "$file" 2>/dev/null)" = "$want" ] && return 0
    # refuse to overlap another user's range
    local other_user other_start other_count
    while IFS=: read -r other_user other_start other_count; do
        [ -z "$other_user" ] || [ "$other_user" = "$user" ] && continue
        if [ "$start" -lt $((other_start + other_count)) ] && [ "$other_start" -lt $((start + count)) ]; then
            die "$file: range $range of $user overlaps $other_user:$other_start:$other_count"
        fi
    done <"$file"
    local tmp
    tmp=$(mktemp "$file.specconf.XXXXXX")
    { grep -v "^$user:" "$file" || true; echo "$want"; } >"$tmp"
    chmod 644 "$tmp"
    mv "$tmp" "$file"
}

# What the service reads as containers.conf: /usr/share/containers/containers.conf, then
# /etc/containers/containers.conf, /etc/containers/containers.conf.d/*.conf and, rootless,
# $HOME/.config/containers/containers.conf{,.d/*.conf} (containers/common systemConfigs). Only the
# first may exist: the goldens are for Debian's stock file.
check_config_files() {
    local f bad=()
    for f in /etc/containers/containers.conf /etc/containers/containers.conf.d/*.conf; do
        [ -e "$f" ] && bad+=("$f")
    done
    local u
    for u in specconf specconf3 specconf4; do
        for f in /home/$u/.config/containers/containers.conf /home/$u/.config/containers/containers.conf.d/*.conf \
                 /home/$u/.config/containers/storage.conf; do
            [ -e "$f" ] && bad+=("$f")
        done
    done
    [ -e /root/.config/containers/containers.conf ] && bad+=(/root/.config/containers/containers.conf)
    [ ${#bad[@]} -eq 0 ] || die "remove these files, they would change the goldens: ${bad[*]}"
    [ -f /usr/share/containers/containers.conf ] || die "/usr/share/containers/containers.conf is missing"
}

do_setup() {
    ensure_packages
    ensure_user specconf 1001 1001
    ensure_user specconf3 1002 1002
    ensure_user specconf4 1003 1003
    ensure_subid /etc/subuid specconf 100000:65536
    ensure_subid /etc/subgid specconf 100000:65536
    ensure_subid /etc/subuid specconf3 165536:65536
    ensure_subid /etc/subgid specconf3 300000:3
    ensure_subid /etc/subuid specconf4 231072:65536
    ensure_subid /etc/subgid specconf4 400000:4
    check_config_files
    mkdir -p "$BASE"
    chmod 755 "$BASE"
}

# ---------------------------------------------------------------------------------------- processes

# Every process of the profile carries XDG_RUNTIME_DIR=<profile dir>/xdg in its environment (the
# service, its re-exec inside the user namespace, the rootless pause process, CLI calls): that is how
# they are found, never by name.
profile_pids() {
    local needle="XDG_RUNTIME_DIR=$XDG" pid
    for pid in /proc/[0-9]*; do
        pid=${pid#/proc/}
        [ "$pid" = $$ ] && continue
        if { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -qxF "$needle"; then echo "$pid"; fi
    done
}

# children first, so an inner podman cannot outlive its parent as an orphan
tree_innermost_first() {
    local c
    for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do tree_innermost_first "$c"; done
    echo "$1"
}

# kill_and_wait SIGNAL PID...: SIGNAL, up to 5 s for them to go, then SIGKILL
kill_and_wait() {
    local sig=$1
    shift
    [ $# -eq 0 ] && return 0
    kill "-$sig" "$@" 2>/dev/null || true
    local _
    for _ in $(seq 50); do
        kill -0 "$@" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$@" 2>/dev/null || true
    sleep 0.2
}

# -------------------------------------------------------------------------------------------- stop

do_stop() {
    load_profile "$1"
    [ -d "$P" ] || return 0
    local pid
    if [ -f "$P/service.pid" ]; then
        pid=$(cat "$P/service.pid")
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            # shellcheck disable=SC2046
            kill_and_wait TERM $(tree_innermost_first "$pid")
        fi
        rm -f "$P/service.pid"
    fi
    # the rootless pause process (catatonit -P, which holds only the namespaces and ignores SIGTERM)
    # and anything else still carrying the profile's environment
    local f left
    for f in "$P/tmp/pause.pid" "$XDG/libpod/pause.pid" "$XDG/libpod/tmp/pause.pid"; do
        if [ -f "$f" ]; then
            pid=$(cat "$f")
            # only if it really is one of ours (pid files outlive their processes)
            if [ -n "$pid" ] && { tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -qxF "XDG_RUNTIME_DIR=$XDG"; then
                kill_and_wait KILL "$pid"
            fi
            rm -f "$f"
        fi
    done
    left=$(profile_pids)
    # shellcheck disable=SC2086
    [ -n "$left" ] && kill_and_wait TERM $left
    if [ -d "$CG" ]; then
        local d
        for _ in $(seq 20); do [ -s "$CG/cgroup.procs" ] || break; sleep 0.1; done
        # podman may have made sub-cgroups inside ours; remove them deepest first (rmdir only
        # succeeds on empty cgroups, so nothing alive is touched)
        find "$CG" -mindepth 1 -depth -type d -exec rmdir {} \; 2>/dev/null || true
        rmdir "$CG" 2>/dev/null || echo "podman-profile.sh: warning: could not remove $CG" >&2
    fi
    rm -f "$SOCK"
    remove_created_host_paths
    return 0
}

# Paths podman makes outside the profile directory, whatever its flags say: its lock segment in
# /dev/shm (libpod_lock for root, shared by both root profiles; libpod_rootless_lock_<uid> rootless),
# for root netavark's /run/containers/networks, crun's state directory /run/crun (podman runs crun to
# delete a container), containers/image's blob info cache (written by `podman import` to
# /var/lib/containers/cache for root and ~/.local/share/containers/cache rootless, whatever --root says)
# and the cgroupfs parent of pod cgroups, libpod_parent,
# in every hierarchy (root pods get /libpod_parent/<pod id>; podman removes the pod's own directory
# with the pod, not the parent). Those that did not exist before a start are listed in
# $BASE/created.list and removed once no podman process of any kind is left.
host_paths_of_profile() {
    if [ "$PUSER" = root ]; then
        echo /dev/shm/libpod_lock /run/containers /run/containers/networks /run/crun
        echo /var/lib/containers /var/lib/containers/cache /var/lib/containers/cache/blob-info-cache-v1.boltdb
        local h
        for h in /sys/fs/cgroup/*/; do
            [ -e "${h}cgroup.procs" ] && echo "${h}libpod_parent"
        done
    else
        echo "/dev/shm/libpod_rootless_lock_$PUID"
        local d=$PHOME/.local
        echo "$d" "$d/share" "$d/share/containers" "$d/share/containers/cache" \
            "$d/share/containers/cache/blob-info-cache-v1.boltdb"
    fi
}

note_created_host_paths() {
    local path
    for path in $(host_paths_of_profile); do
        [ -e "$path" ] || echo "$path" >>"$BASE/created.list"
    done
}

remove_created_host_paths() {
    [ -s "$BASE/created.list" ] || return 0
    local pid path
    for pid in /proc/[0-9]*; do
        [ "$(readlink "$pid/exe" 2>/dev/null)" = /usr/bin/podman ] && return 0
    done
    # deepest first, directories only when empty (rmdir of a cgroup succeeds only when no process is
    # in it, so this never touches a live cgroup)
    for path in $(sort -u -r "$BASE/created.list"); do
        if [ -d "$path" ]; then
            find "$path" -depth -type d -exec rmdir {} \; 2>/dev/null || true
        elif [ -e "$path" ]; then
            rm -f "$path"
        fi
    done
    rm -f "$BASE/created.list"
}

# ------------------------------------------------------------------------------------------- check

do_check() {
    load_profile "$1"
    local bad=0 left
    left=$(profile_pids)
    if [ -n "$left" ]; then
        bad=1
        # shellcheck disable=SC2086
        echo "processes: $(ps -o pid=,comm= -p $(echo $left | tr ' ' ,) | tr '\n' ';')"
    fi
    if [ -d "$CG" ]; then bad=1; echo "cgroup: $CG"; fi
    if findmnt -rn -o TARGET | grep -qF "$P"; then bad=1; echo "mounts under $P"; fi
    if [ -e "$UNIFIED/init" ]; then bad=1; echo "DANGER: $UNIFIED/init exists"; fi
    grep -qx 1 "$UNIFIED/cgroup.procs" || { bad=1; echo "DANGER: PID 1 is not in $UNIFIED/cgroup.procs"; }
    return $bad
}

# ------------------------------------------------------------------------------------------- start

# The command prefix that puts a podman process where the profile wants it: a private mount
# namespace; on cgroup v2 the unified hierarchy bound over /sys/fs/cgroup and the process moved into
# the profile's own cgroup BEFORE podman runs (podman system service in the cgroup2 root would move
# every process of the root, PID 1 included, into a new /init cgroup); the profile's user; a fixed
# environment (env_host copies the service's environment into specs); fixed starting rlimits (rootless
# specs copy the service's RLIMIT_NOFILE and RLIMIT_NPROC, so they must not depend on who launched the
# capture: NOFILE 20000 is what this machine kind gives a session, NPROC 32768 its pid_max, and root
# here lacks CAP_SYS_RESOURCE, so neither can be raised, only lowered); cwd /.
SERVICE_LIMITS="--nofile=20000:20000 --nproc=32768:32768"
run_in_profile() {
    local inner=""
    if [ "$PCG" = 2 ]; then
        inner="mount --bind $UNIFIED /sys/fs/cgroup && echo \$\$ > /sys/fs/cgroup/specconf-$PROF/cgroup.procs && "
    fi
    local drop=""
    if [ "$PUSER" != root ]; then
        drop="setpriv --reuid=$PUID --regid=$PGID --init-groups -- "
    fi
    cd /
    exec unshare -m --propagation private -- sh -c "${inner}exec prlimit $SERVICE_LIMITS ${drop}env -i \
HOME=$PHOME PATH=$FIXED_PATH USER=$PUSER LOGNAME=$PUSER XDG_RUNTIME_DIR=$XDG \"\$@\"" sh "$@"
}

prepare_cgroup() {
    [ "$PCG" = 2 ] || return 0
    grep -q "^cgroup2 $UNIFIED " /proc/mounts || die "no cgroup2 hierarchy at $UNIFIED"
    mkdir -p "$CG"
    [ "$PUSER" != root ] && chown "$PUID:$PGID" "$CG"
    return 0
}

verify_cgroup_safety() {
    [ "$PCG" = 2 ] || return 0
    if [ -e "$UNIFIED/init" ] || ! grep -qx 1 "$UNIFIED/cgroup.procs"; then
        echo "podman-profile.sh: DANGER: host processes were moved on cgroup v2 ($UNIFIED/init exists or" \
             "PID 1 left $UNIFIED/cgroup.procs); stopping $PROF" >&2
        return 1
    fi
    local own pid
    pid=$(cat "$P/service.pid")
    own=$(sed -n 's/^0:://p' "/proc/$pid/cgroup")
    [ "$own" = "/specconf-$PROF" ] || { echo "podman-profile.sh: service is in cgroup '$own'" >&2; return 1; }
}

do_start() {
    load_profile "$1"
    [ -d "$BASE" ] || die "run 'podman-profile.sh setup' first"
    if [ "$PUSER" != root ]; then
        [ "$(id -u "$PUSER" 2>/dev/null)" = "$PUID" ] || die "user $PUSER missing: run 'podman-profile.sh setup'"
    fi
    check_config_files
    do_stop "$PROF"                       # leftovers of an interrupted run
    trap 'rc=$?; trap - ERR INT TERM; do_stop "$PROF"; exit $((rc ? rc : 1))' ERR INT TERM
    if findmnt -rn -o TARGET | grep -qF "$P/"; then die "mounts left under $P: see findmnt"; fi
    rm -rf "$P"
    mkdir -p "$P"/{root,run,tmp,volumes,networks,xdg}
    chmod 755 "$P"
    chmod 700 "$XDG"
    [ "$PUSER" != root ] && chown -R "$PUID:$PGID" "$P"
    note_created_host_paths
    prepare_cgroup
    # setsid: the service must not get the terminal's Ctrl-C; the capture tool stops it.
    # `unshare`, `sh`, `setpriv` and `env` all exec, so $! is the podman process itself.
    setsid nice -n 10 "$SELF" __exec "$PROF" podman "${GLOBAL_FLAGS[@]}" system service --time=0 "unix://$SOCK" \
        >"$P/service.log" 2>&1 </dev/null &
    echo $! >"$P/service.pid"
    local _
    for _ in $(seq 150); do
        [ -S "$SOCK" ] && curl -sf --max-time 2 --unix-socket "$SOCK" http://d/v4.3.1/libpod/_ping >/dev/null 2>&1 && break
        kill -0 "$(cat "$P/service.pid")" 2>/dev/null || break
        sleep 0.1
    done
    curl -sf --max-time 2 --unix-socket "$SOCK" http://d/v4.3.1/libpod/_ping >/dev/null 2>&1 || {
        echo "podman-profile.sh: $PROF: service did not come up; log:" >&2
        sed 's/^/  /' "$P/service.log" >&2
        false
    }
    verify_cgroup_safety
    trap - ERR INT TERM
    echo "$PROF up: pid $(cat "$P/service.pid") socket $SOCK"
}

do_describe() {
    load_profile "$1"
    cat <<EOF
profile=$PROF
user=$PUSER
uid=$PUID
gid=$PGID
home=$PHOME
cgroup_version=$PCG
dir=$P
socket=$SOCK
db=$P/root/libpod/bolt_state.db
xdg_runtime_dir=$XDG
service_pid=$(cat "$P/service.pid" 2>/dev/null || true)
EOF
}

do_podman() {
    load_profile "$1"
    shift
    prepare_cgroup
    run_in_profile podman "${GLOBAL_FLAGS[@]}" "$@"
}

cmd=${1:-}
case $cmd in
setup) do_setup ;;
start) [ $# -eq 2 ] || die "usage: $0 start PROFILE"; do_start "$2" ;;
stop) [ $# -eq 2 ] || die "usage: $0 stop PROFILE"; do_stop "$2" ;;
check) [ $# -eq 2 ] || die "usage: $0 check PROFILE"; do_check "$2" ;;
describe) [ $# -eq 2 ] || die "usage: $0 describe PROFILE"; do_describe "$2" ;;
podman) [ $# -ge 2 ] || die "usage: $0 podman PROFILE ARGS..."; do_podman "${@:2}" ;;
stop-all) for p in $ALL_PROFILES; do do_stop "$p"; done ;;
__exec) load_profile "$2"; shift 2; run_in_profile "$@" ;;    # internal: start's service command
*) die "usage: $0 setup|start|stop|check|describe|podman|stop-all [PROFILE] (see the header)" ;;
esac
