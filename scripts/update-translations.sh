#!/usr/bin/env bash
# Collects every tr() string of the application (sources and .ui forms) into the Qt
# Linguist files in translations/. The build compiles them to .qm and embeds them.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations relative src ui -ts translations/trustdesk_de.ts \
    translations/trustdesk_fr.ts
# English needs only its plural forms ("1 file", "2 files" for "%n file(s)").
"$lupdate" -no-obsolete -locations relative -pluralonly -source-language en -target-language en \
    src ui -ts translations/trustdesk_en.ts
