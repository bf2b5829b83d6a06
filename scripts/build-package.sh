#!/usr/bin/env bash
# Builds TrustDesk's Debian package: a release build in build-package/ (Debian's hardening
# flags, warnings are errors; CPack strips the programs) and CPack's DEB generator. The package lands in
# build/packages/trustdesk_<version>_<arch>.deb; install it with
#   sudo apt-get install ./build/packages/trustdesk_*.deb
# --check also validates the desktop entry, the AppStream metainfo, the manual pages and
# the package (desktop-file-validate, appstreamcli, man, lintian). JOBS sets the build's
# parallel jobs (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: scripts/build-package.sh [--check]" >&2; exit 2 ;;
esac

# The build's dependencies, with dpkg-dev (dpkg-shlibdeps, dpkg-buildflags) and file for
# CPack; the validators only for --check.
if $check; then
    scripts/install-dependencies.sh lintian desktop-file-utils appstream man-db
else
    scripts/install-dependencies.sh
fi

eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTRUSTDESK_TESTS=OFF -DTRUSTDESK_BENCHMARKS=OFF -DTRUSTDESK_GUI=ON -DTRUSTDESK_WERROR=ON \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$CPPFLAGS $CXXFLAGS" -DCMAKE_EXE_LINKER_FLAGS="$LDFLAGS" >/dev/null
cmake --build build-package -j "${JOBS:-2}"

rm -f build-package/trustdesk_*.deb
(cd build-package && cpack -G DEB >/dev/null)
debs=(build-package/trustdesk_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    echo "build-package.sh: CPack made no package (see build-package/_CPack_Packages)" >&2
    exit 1
fi
mkdir -p build/packages
rm -f build/packages/trustdesk_*.deb
cp "${debs[0]}" build/packages/
package="build/packages/$(basename "${debs[0]}")"
echo "Built $package:"
dpkg-deb --field "$package" Package Version Architecture Installed-Size Depends

if $check; then
    echo "Checking the desktop entry, the metainfo, the manual pages and the package:"
    desktop-file-validate packaging/linux/org.trustdesk.TrustDesk.desktop
    appstreamcli validate --no-net packaging/linux/org.trustdesk.TrustDesk.metainfo.xml
    for page in docs/man/trustdesk.1 docs/man/trustdesk-cli.1; do
        problems=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
        if [ -n "$problems" ]; then
            echo "$page: $problems" >&2
            exit 1
        fi
    done
    lintian --info --display-info "$package"
    echo "All checks passed."
fi
