#!/usr/bin/env bash
# End-to-end tests in a real VS Code: code-server's workbench, driven by Chromium through
# playwright-core. Packages the extension, installs it into a throw-away code-server and runs the
# scenarios in tests/e2e/driver/. Screenshots go to test-output/e2e/.
#
# Environment:
#   REHAB_E2E_CACHE  where setup.sh keeps code-server (default ~/.cache/rehab-e2e)
#   REHAB_E2E_VSIX   use this .vsix instead of running `npm run package`
#   REHAB_E2E_ONLY   run only the scenarios whose name contains this text
#   REHAB_E2E_KEEP   keep the temporary folder (logs, user data) for debugging
#   REHAB_E2E_IN_HOST_SUITE  extensionTestsPath for the in-host run (default tests/vscode/suite/index.cjs)
#   REHAB_E2E_DEBUG  also print the browser's console during the in-host run
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${REHAB_E2E_CACHE:-$HOME/.cache/rehab-e2e}"
CODE_SERVER="$CACHE/node_modules/code-server/out/node/entry.js"
OUTPUT="$ROOT/test-output/e2e"

say() { printf '[e2e] %s\n' "$*"; }
fail() { printf '[e2e] FAILED: %s\n' "$*" >&2; exit 1; }

bash "$ROOT/tests/e2e/setup.sh"

WORK="$(mktemp -d -t rehab-e2e.XXXXXX)"
SERVER_PGID=""

# Kills the whole process group: code-server, its extension hosts and the language servers they
# spawned. Closing the page alone leaves extension hosts and language servers running.
stop_server() {
    [ -n "$SERVER_PGID" ] || return 0
    kill -TERM -- "-$SERVER_PGID" 2>/dev/null || true
    # Give code-server 5 s to shut down on its own, then kill whatever is left in the group.
    (
        sleep 5 & timer=$!
        trap 'kill "$timer"; exit 0' TERM
        wait "$timer"
        kill -KILL -- "-$SERVER_PGID" 2>/dev/null
    ) &
    local watchdog=$!
    wait "$SERVER_PGID" 2>/dev/null || true
    kill "$watchdog" 2>/dev/null || true
    kill -KILL -- "-$SERVER_PGID" 2>/dev/null || true
    SERVER_PGID=""
}
cleanup() {
    local status=$?
    stop_server
    if [ -n "${REHAB_E2E_KEEP:-}" ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
rm -rf "$OUTPUT"
mkdir -p "$HOME" "$WORK/user-data/User" "$WORK/extensions" "$WORK/workspace" "$OUTPUT"
cd "$ROOT"

if [ -n "${REHAB_E2E_VSIX:-}" ]; then
    VSIX="$REHAB_E2E_VSIX"
    say "using $VSIX"
else
    say "packaging the extension (npm run package)"
    npm run --silent package >"$WORK/package.log" 2>&1 || { cat "$WORK/package.log" >&2; fail "npm run package"; }
    VSIX="$ROOT/rehab-lang.vsix"
fi
[ -f "$VSIX" ] || fail "no vsix at $VSIX"

code_server() {
    node "$CODE_SERVER" --user-data-dir "$WORK/user-data" --extensions-dir "$WORK/extensions" "$@"
}

say "installing $(basename "$VSIX") into code-server"
code_server --install-extension "$VSIX" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log" >&2; fail "install the extension"; }

cp "$ROOT/tests/e2e/settings.json" "$WORK/user-data/User/settings.json"
PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
say "starting code-server on 127.0.0.1:$PORT"
# setsid: its own process group (and session), so stop_server can take down everything it spawns.
setsid node "$CODE_SERVER" \
    --bind-addr "127.0.0.1:$PORT" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --disable-file-downloads --ignore-last-opened \
    --user-data-dir "$WORK/user-data" --extensions-dir "$WORK/extensions" \
    >"$WORK/code-server.log" 2>&1 </dev/null &
SERVER_PGID=$!

# Readiness: curl retries until the server answers (bounded to 60 s), then the driver takes over.
if ! curl --silent --fail --output /dev/null --retry 60 --retry-connrefused --retry-delay 1 --retry-max-time 60 \
    "http://127.0.0.1:$PORT/healthz"; then
    cat "$WORK/code-server.log" >&2
    fail "code-server did not start"
fi

say "driving the workbench (screenshots in ${OUTPUT#"$ROOT/"})"
status=0
REHAB_E2E_URL="http://127.0.0.1:$PORT" REHAB_E2E_WORKSPACE="$WORK/workspace" REHAB_E2E_ROOT="$ROOT" \
    REHAB_E2E_OUTPUT="$OUTPUT" REHAB_E2E_PROFILE="$WORK/chromium" \
    node --import tsx --test-reporter=spec "$ROOT/tests/e2e/driver/scenarios.e2e.ts" || status=$?
if [ "$status" -ne 0 ]; then
    cp "$WORK/code-server.log" "$OUTPUT/code-server.log" 2>/dev/null || true
    cp -r "$WORK/user-data/logs" "$OUTPUT/logs" 2>/dev/null || true
    say "code-server and extension host logs copied to ${OUTPUT#"$ROOT/"}/"
fi
exit "$status"
