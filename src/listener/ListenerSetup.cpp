#include "ListenerSetup.h"

#include <QDir>
#include <QFileInfo>

namespace trustdesk {

ServerIdentity ListenerSetup::identity(Store &store, qint64 organisationId,
                                       const std::optional<ServerIdentity> &chosen,
                                       const PrivateKey &unlockedCaKey, const QDateTime &now)
{
    if (chosen)
        return *chosen;
    const auto ca = store.organisationCa().get(organisationId);
    if (ca && !unlockedCaKey.isNull())
        return ServerIdentity::issuedBy(*ca, unlockedCaKey, now);
    return ServerIdentity::selfSigned(now);
}

QString ListenerSetup::defaultFtpsRoot(Store &store)
{
    return QFileInfo(store.location()).dir().filePath(QStringLiteral("ftps-root"));
}

QString ListenerSetup::urlHost(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? QStringLiteral("[%1]").arg(address.toString())
               : address.toString();
}

QStringList ListenerSetup::urls(const TestListener &listener, const QHostAddress &address)
{
    const QString host = urlHost(address);
    QStringList out;
    if (listener.httpsPort())
        out << QStringLiteral("https://%1:%2/").arg(host).arg(listener.httpsPort());
    if (listener.ftpsPort())
        out << QStringLiteral("ftp://%1:%2/ (AUTH TLS)").arg(host).arg(listener.ftpsPort());
    if (listener.ftpsImplicitPort())
        out << QStringLiteral("ftps://%1:%2/").arg(host).arg(listener.ftpsImplicitPort());
    return out;
}

bool ListenerSetup::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

} // namespace trustdesk
