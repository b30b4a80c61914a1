#!/usr/bin/env bash
# Installs, once per machine, what the end-to-end tests need: Debian's chromium, libkrb5-dev,
# ripgrep and curl, and code-server into a cache folder outside the repository
# (REHAB_E2E_CACHE, default ~/.cache/rehab-e2e).
# Idempotent: a second run only checks and returns within a second.
#
# code-server's own npm install cannot run as-is on these machines (no network beyond the package
# registries, root user), so its postinstall is run by hand after working around five obstacles;
# each workaround is marked "Fix N" below.
set -euo pipefail

CODE_SERVER_VERSION=4.96.4
PROXY_AGENT_VERSION=0.27.0
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
RIPGREP_PACKAGE_VERSION=1.15.9
CACHE="${REHAB_E2E_CACHE:-$HOME/.cache/rehab-e2e}"
CS_DIR="$CACHE/node_modules/code-server"
STAMP="$CACHE/code-server-$CODE_SERVER_VERSION.ok"
LOG="$CACHE/setup.log"

say() { printf '[e2e setup] %s\n' "$*"; }
fail() {
    printf '[e2e setup] FAILED: %s\n' "$*" >&2
    if [ -s "$LOG" ]; then
        printf '[e2e setup] last lines of %s:\n' "$LOG" >&2
        tail -n 30 "$LOG" >&2
    fi
    exit 1
}
# Runs a noisy step with its output in the log, so progress lines stay readable.
quietly() { "$@" >>"$LOG" 2>&1; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else fail "need root (or sudo) to run: $*"
    fi
}

install_system_packages() {
    local missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
    command -v rg >/dev/null || missing+=(ripgrep)
    command -v curl >/dev/null || missing+=(curl)
    if [ ${#missing[@]} -eq 0 ]; then
        say "system packages: chromium, libkrb5-dev, ripgrep, curl present"
        return
    fi
    say "system packages: installing ${missing[*]} (apt-get)"
    # Another apt-get may hold the lock (a colleague's setup, unattended upgrades): wait for it.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq \
        || fail "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        "${missing[@]}" || fail "apt-get install ${missing[*]}"
}

code_server_ready() {
    [ -f "$STAMP" ] && [ -f "$CS_DIR/out/node/entry.js" ] && [ -e "$CS_DIR/lib/vscode/node_modules" ]
}

# Fix 2: the shrinkwrap pins @vscode/proxy-agent to a git URL that cannot be fetched here; the
# registry tarball of the same version carries the same integrity hash, which is checked.
patch_proxy_agent() {
    local tarball integrity
    tarball=$(npm view "@vscode/proxy-agent@$PROXY_AGENT_VERSION" dist.tarball) \
        || fail "npm view @vscode/proxy-agent@$PROXY_AGENT_VERSION"
    integrity=$(npm view "@vscode/proxy-agent@$PROXY_AGENT_VERSION" dist.integrity)
    node - "$CS_DIR/lib/vscode/npm-shrinkwrap.json" "$tarball" "$integrity" <<'EOF' || fail "patching the shrinkwrap"
const fs = require('node:fs');
const [file, tarball, integrity] = process.argv.slice(2);
const shrinkwrap = JSON.parse(fs.readFileSync(file, 'utf8'));
const entry = shrinkwrap.packages['node_modules/@vscode/proxy-agent'];
if (!entry) throw new Error('no @vscode/proxy-agent entry');
if (entry.integrity !== integrity) throw new Error(`integrity differs: ${entry.integrity} vs ${integrity}`);
entry.resolved = tarball;
fs.writeFileSync(file, JSON.stringify(shrinkwrap, null, 2) + '\n');
EOF
}

# Fix 4: @vscode/ripgrep downloads its binary from GitHub; it first looks in its cache under
# $TMPDIR, so a tarball holding Debian's rg is placed there.
seed_ripgrep_cache() {
    local dir="$CACHE/tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION" stage="$CACHE/tmp/rg-stage"
    mkdir -p "$dir" "$stage"
    cp "$(command -v rg)" "$stage/rg"
    tar -czf "$dir/$RIPGREP_ASSET" -C "$stage" rg || fail "building the ripgrep cache tarball"
    rm -rf "$stage"
}

install_code_server() {
    say "code-server $CODE_SERVER_VERSION: installing into $CACHE (a few minutes; log: $LOG)"
    rm -f "$STAMP"
    [ -f "$CACHE/package.json" ] || echo '{ "name": "rehab-e2e-cache", "private": true }' >"$CACHE/package.json"
    # Fix 1: no install scripts at first; postinstall.sh runs below with the settings it needs.
    say "  npm install --ignore-scripts code-server@$CODE_SERVER_VERSION"
    (cd "$CACHE" && quietly npm install --ignore-scripts --no-audit --no-fund "code-server@$CODE_SERVER_VERSION") \
        || fail "npm install code-server"
    say "  patching @vscode/proxy-agent to the registry tarball"
    patch_proxy_agent
    say "  seeding the ripgrep download cache with Debian's rg"
    seed_ripgrep_cache
    # Fix 1 (cont.): the script refuses to run as root without unsafe_perm, reads the Node major
    # version from the user agent, and native modules build against Debian's Node headers (Fix 3:
    # kerberos finds krb5 through libkrb5-dev).
    say "  running code-server's postinstall.sh (VS Code and its built-in extensions' dependencies)"
    (cd "$CS_DIR" && quietly env TMPDIR="$CACHE/tmp" npm_config_unsafe_perm=true npm_config_nodedir=/usr \
        npm_config_audit=false npm_config_fund=false \
        npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64" sh ./postinstall.sh) \
        || fail "code-server postinstall.sh"
    # Fix 5: argon2's prebuilt binary download fails; build it from source instead.
    say "  building argon2 from source"
    (cd "$CACHE" && quietly env npm_config_nodedir=/usr npm_config_build_from_source=true npm rebuild argon2) \
        || fail "npm rebuild argon2"
}

verify_code_server() {
    (cd "$CACHE" && node -e "require('argon2')") >>"$LOG" 2>&1 || fail "argon2 does not load"
    [ -x "$CS_DIR/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] || fail "ripgrep binary missing in VS Code"
    local version
    # code-server writes a default config file on any start: keep it inside the cache.
    version=$(env XDG_CONFIG_HOME="$CACHE/tmp/config" XDG_DATA_HOME="$CACHE/tmp/data" \
        node "$CS_DIR/out/node/entry.js" --version 2>>"$LOG") || fail "code-server --version"
    grep -q "^$CODE_SERVER_VERSION " <<<"$version" || fail "unexpected code-server version: $version"
}

main() {
    mkdir -p "$CACHE"
    # One setup at a time per cache folder (two test runs may start together).
    exec 9>"$CACHE/.lock"
    flock 9
    install_system_packages
    if code_server_ready; then
        say "code-server $CODE_SERVER_VERSION: present in $CACHE"
        return
    fi
    : >"$LOG"
    install_code_server
    verify_code_server
    touch "$STAMP"
    say "code-server $CODE_SERVER_VERSION: installed"
}

main "$@"
