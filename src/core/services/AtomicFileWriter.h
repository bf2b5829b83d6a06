// Files TrustDesk hands out (certificates, PKCS#12, keys): written whole or not at all,
// and readable by their owner only when they hold a key.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace trustdesk {

class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)
public:
    // Throws InputError naming the file. `secret`: mode 0600; otherwise the umask's.
    static void write(const QString &path, const QByteArray &data, bool secret);
};

} // namespace trustdesk
