// Setting up the test listener the same way from the desktop and from trustdesk-cli:
// which server certificate it presents, where FTPS users' files go, and the addresses it
// answers on, as a person would type them.
#pragma once

#include "ServerIdentity.h"
#include "TestListener.h"
#include "store/Store.h"

#include <QStringList>
#include <optional>

namespace trustdesk {

class ListenerSetup
{
public:
    // The administrator's PKCS#12 when one is given; else one for localhost from the
    // organisation CA when its key is unlocked; else a self-signed one.
    static ServerIdentity identity(Store &store, qint64 organisationId,
                                   const std::optional<ServerIdentity> &chosen,
                                   const PrivateKey &unlockedCaKey, const QDateTime &now);
    // The folder beside the store that holds each FTPS user's files.
    static QString defaultFtpsRoot(Store &store);
    // "127.0.0.1" or "[::1]": an address as it stands in a URL.
    static QString urlHost(const QHostAddress &address);
    // One address per running server, as a person reads it: https://..., ftp://... (AUTH
    // TLS) for explicit FTPS, ftps://... for implicit.
    static QStringList urls(const TestListener &listener, const QHostAddress &address);
    // Whether clients on other machines can reach the address (the listener binds to
    // loopback unless told otherwise).
    static bool isLoopback(const QHostAddress &address);
};

} // namespace trustdesk
