#include "NameRules.h"

#include "../InputError.h"
#include "CommonName.h"

namespace trustdesk {

void NameRules::validate(const QString &what, const QString &name)
{
    if (name.trimmed().isEmpty())
        throw InputError(tr("the %1 is empty").arg(what));
    if (name != name.trimmed())
        throw InputError(tr("%1 '%2' has white space at its start or end").arg(what, name));
    if (name.size() > 64)
        throw InputError(tr("%1 '%2' is longer than 64 characters").arg(what, name.left(64)));
    // Names become folder names (each FTPS user's home): "." and ".." would name the folder
    // itself or the one above it.
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        throw InputError(tr("%1 '%2' is not allowed: it names a folder itself, not one of its own")
                             .arg(what, name));
    if (CommonName::hasControlCharacter(name))
        throw InputError(
            tr("%1 '%2' contains a control character").arg(what, name.toHtmlEscaped()));
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (forbidden.contains(c))
            throw InputError(tr("%1 '%2' contains '%3', which names may not contain (%4)")
                                 .arg(what, name, QString(c), forbidden));
    }
}

} // namespace trustdesk
