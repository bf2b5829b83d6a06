#!/usr/bin/env bash
# Installs what TrustDesk needs to build, run, test and package, from Debian 12's packages;
# any package named on the command line too.
set -euo pipefail
packages=(
    build-essential cmake ninja-build pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql postgresql libgl-dev libssl-dev openssl
    fonts-dejavu-core xvfb xauth curl python3 sqlite3 clang-format
    python3-cryptography-vectors qt6-translations-l10n ca-certificates
    "$@"
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    echo "All the packages needed are installed."
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
