// The training store of RULES.md section 6: the Frank and Rich walk-throughs, certificates
// that cannot connect, that connect but do not authenticate, and that do both, and the
// FTPS holding-tank walk-through; and the IIS certificate mapping set (a one-to-one mapping
// for Frank, a deny for contractors listed before the staff mapping that would also match
// them, and iis/broken-web.config with the pitfalls to diagnose). Everything is made here,
// at `init --demo` time.
#pragma once

#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trustdesk {

struct DemoScenario
{
    QString file; // certificate (PEM, with the chain the client sends) in the demo folder
    QString user; // the user to test against
    Interface interface = Interface::Https;
    QString expectation; // "authenticates", "connects only", "cannot connect"
    QString caption;     // what it demonstrates, in one sentence
    // IIS client certificate mapping scenarios (user empty): the site mode "iis-mapping"
    // and what IIS answers ("200", "403.12", "401.2"); empty for the others.
    QString site;
    QString iisStatus;
    bool isIisMapping() const { return site == QLatin1String("iis-mapping"); }
};

class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
public:
    static constexpr const char *ClientPassphrase = "demo"; // of the exported .p12 files
    // Of the demo organisation CA and of the certificate it issued Frank: training only.
    static constexpr const char *CaPassphrase = "trustdesk demo";

    // Fills the organisation and the root store, writes the certificates (PEM, and PKCS#12
    // with their keys) and scenarios.json into `folder`. Returns the scenarios.
    static QList<DemoScenario> populate(Store &store, qint64 organisationId, const QString &folder,
                                        const QDateTime &now);
    static QList<DemoScenario> readScenarios(const QString &folder);

    // What the demo store of `init --demo` has besides the scenarios: three failed
    // attempts replayed as the listener would record them (the FTPS walk-through for
    // moveitfreelydemo, Rich's side-door certificate, Frank's certificate straight from
    // Toot), so the holding tank has entries to accept.
    static void replayAttempts(Store &store, qint64 organisationId, const QString &folder,
                               const QDateTime &now);
    // An organisation CA (passphrase CaPassphrase), installed and approved, that has issued
    // Frank a certificate expiring within 30 days (frank-issued.p12 in `folder`), so that
    // the expiry warnings show.
    static void createOrganisationCa(Store &store, qint64 organisationId, const QString &folder,
                                     const QDateTime &now);
};

} // namespace trustdesk
