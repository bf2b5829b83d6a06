#include "AtomicFileWriter.h"

#include "../InputError.h"

#include <QDir>
#include <QSaveFile>

namespace trustdesk {

void AtomicFileWriter::write(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(
            tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit())
        throw InputError(
            tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace trustdesk
