#!/usr/bin/env bash
# Installs what the end-to-end tests (npm run test:e2e) need, outside the
# clone, idempotently. Runs as root; uses only apt and the npm registry.
#
#   - Debian packages: chromium (the browser Playwright drives), libkrb5-dev
#     (code-server's kerberos addon compiles against it), ripgrep (stands in
#     for the GitHub download of @vscode/ripgrep), and the compiler tool chain
#     the other native addons build with.
#   - code-server 4.100.3 (VS Code 1.100.3 on Node 20) from npm, into
#     $MICIC_E2E_CACHE/code-server-4.100.3
#     (default /var/cache/micic-plan-e2e/code-server-4.100.3).
#     It is installed into a temporary folder next to it and moved into place
#     only once `code-server --version` works, so a broken or interrupted
#     install never counts as installed.
#
# See /test/e2e/README.md and the notes it links to for why each step exists.
set -euo pipefail

CS_VERSION=4.100.3
RG_CACHE_VERSION=1.15.11   # the @vscode/ripgrep version code-server 4.100.3 pins
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE=${MICIC_E2E_CACHE:-/var/cache/micic-plan-e2e}
CS_DIR=$CACHE/code-server-$CS_VERSION
APT_PACKAGES=(chromium libkrb5-dev ripgrep g++ make python3 pkg-config)

t0=$(date +%s)
step_start=$t0
step() { # step <label>: prints how long the previous step took
  local now; now=$(date +%s)
  echo "setup: $1 ($((now - step_start)) s)"
  step_start=$now
}

if [ "$(id -u)" != 0 ]; then
  echo "setup: must run as root (it uses apt-get and writes $CACHE)" >&2
  exit 2
fi

# --- 1. Debian packages, only those missing -----------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they are absent or the install fails.
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    apt-get update -q
  fi
  if ! apt-get install -y -q "${missing[@]}"; then
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
  fi
  step "apt packages installed"
else
  step "apt packages already installed"
fi

# --- 2. code-server into the cache ------------------------------------------------
cs_ok() { "$1/node_modules/.bin/code-server" --version 2>/dev/null | grep -q "^$CS_VERSION "; }

mkdir -p "$CACHE"
exec 9>"$CACHE/.setup.lock"
flock 9   # two setups at once: the second waits, then finds it installed

if cs_ok "$CS_DIR"; then
  step "code-server $CS_VERSION already in $CS_DIR"
else
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$node_major" != 20 ]; then
    echo "setup: code-server $CS_VERSION needs Node 20 (found $(node --version))" >&2
    exit 2
  fi
  tmp=$(mktemp -d "$CACHE/.install-code-server-XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/tmp" "$tmp/cs"
  # @vscode/ripgrep downloads rg from GitHub unless its cache under $TMPDIR
  # already holds the archive; Debian's rg is the same 13.0.0.
  mkdir -p "$tmp/tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION"
  tar czf "$tmp/tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION/$RG_ASSET" -C /usr/bin rg
  echo "setup: npm install code-server@$CS_VERSION (builds native addons; about 1.5 min)"
  # unsafe_perm: its postinstall refuses root otherwise; yes: node-pty runs
  # `npx node-gyp` and the global npmrc says yes=false.
  (cd "$tmp/cs" &&
    TMPDIR="$tmp/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-save --no-audit --no-fund --loglevel=error \
      --prefix "$tmp/cs" "code-server@$CS_VERSION")
  cs_ok "$tmp/cs" || { echo "setup: code-server $CS_VERSION did not install correctly" >&2; exit 1; }
  rm -rf "$CS_DIR"
  mv "$tmp/cs" "$CS_DIR"
  cs_ok "$CS_DIR" || { echo "setup: code-server broken after moving it to $CS_DIR" >&2; exit 1; }
  step "code-server $CS_VERSION installed into $CS_DIR"
fi

echo "setup: chromium: $(chromium --version 2>/dev/null | grep -v 'unexpected operator' | head -1)"
echo "setup: code-server: $("$CS_DIR/node_modules/.bin/code-server" --version | head -1)"
echo "setup: done in $(($(date +%s) - t0)) s"
