#!/usr/bin/env bash
# Renders every view of the desktop application on a fresh demo store into docs/screenshots/
# with `trustdesk --show VIEW --grab FILE`. Run after changing a view; look at the result.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/demo-store.sh build/src/cli/trustdesk-cli "$work/trustdesk.db" "$work/certificates"
mkdir -p docs/screenshots
export QT_QPA_PLATFORM=offscreen
for view in users user:moveitfreelydemo user:rich user:frank tank roots cas mappings orgca settings audit; do
    out="docs/screenshots/${view/:/-}.png"
    build/src/app/trustdesk --db "$work/trustdesk.db" --show "$view" --grab "$out" 2>/dev/null
    echo "$out"
done
# The wizard's pages, as the GUI test walks through them from Frank's profile.
TRUSTDESK_SCREENSHOT_DIR=$PWD/docs/screenshots build/tests/TestCertificateWizard \
    wizardFromProfileToWrittenFile >/dev/null 2>&1
# The chain explorer and the matrix, as the GUI test opens the training scenarios.
TRUSTDESK_SCREENSHOT_DIR=$PWD/docs/screenshots build/tests/TestChainExplorer \
    connectsAndAuthenticates connectsButDoesNotAuthenticate_thenWhatIfAndApply \
    cannotConnect_signerIsNotACa rejectedSameNameCandidate_andClickForDetails \
    fixes_areListed_andOneClickTurnsAFixIntoWhatIfToggles \
    matrixSortsIntoThreeGroups >/dev/null 2>&1
# The certificate mappings view with the problems of a broken web.config.
TRUSTDESK_SCREENSHOT_DIR=$PWD/docs/screenshots build/tests/TestCertificateMappingsView \
    check_listsEveryProblemNamingItsMapping >/dev/null 2>&1
build/src/app/trustdesk --db "$work/trustdesk.db" \
    --show "explorer:$work/certificates/iis-carl.pem" \
    --grab docs/screenshots/explorer-iis-mapping.png 2>/dev/null
# The test listener with a live attempt.
TRUSTDESK_SCREENSHOT_DIR=$PWD/docs/screenshots build/tests/TestListenerPanel \
    startSignOnExplainStop acceptSiteWideShowsItsTwoSigns >/dev/null 2>&1
ls docs/screenshots/wizard-*.png docs/screenshots/explorer-*.png docs/screenshots/matrix.png
