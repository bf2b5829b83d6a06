// What the fuzz targets share: turning libFuzzer's bytes into Qt values, reading every
// field of a certificate the way the views and the engine do, and a small snapshot.
#pragma once

#include "InputError.h"
#include "engine/TrustSnapshot.h"
#include "x509/Certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace trustdesk::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Keeps a computed value alive, so that the compiler cannot drop the work.
inline void consume(qsizetype value)
{
    static volatile qsizetype sink = 0;
    sink = sink + value;
}

inline QDateTime evaluationTime()
{
    return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
}

// Every field the views, the CLI and the engine read.
inline void touch(const QList<Certificate> &certificates)
{
    for (const Certificate &cert : certificates) {
        consume(cert.subjectText().size() + cert.issuerText().size() + cert.displayName().size() +
                cert.thumbprint().grouped().size() + cert.sha256().size() +
                cert.serialHex().size() + cert.commonNames().values.size() +
                cert.keyDescription().size() + cert.extensions().size() +
                cert.publicKeyDer().size() + cert.toPem().size());
        consume(cert.notBefore().isValid() + cert.notAfter().isValid() + cert.isCa() +
                cert.pathLength() + cert.isSelfIssued() + cert.isSelfSigned() + cert.version());
    }
}

// A snapshot with `installed` as the root store and the approved CAs.
inline std::unique_ptr<TrustSnapshot> snapshotOf(const QList<Certificate> &installed)
{
    OrganisationSettings org;
    org.id = 1;
    org.name = QStringLiteral("Fuzz");
    org.matchCn = true;
    return std::make_unique<TrustSnapshot>(org, installed, QList<Certificate>(), installed,
                                           QList<RevocationList>());
}

// A fixed chain (root, intermediate, leaf; leaf first), made once per run.
QList<Certificate> sampleChain();

} // namespace trustdesk::fuzz
