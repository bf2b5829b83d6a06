#include "Condition.h"

namespace trustdesk {

QString conditionName(Condition condition)
{
    switch (condition) {
    case Condition::None:
        break;
    case Condition::C1:
        return QStringLiteral("C1");
    case Condition::C2:
        return QStringLiteral("C2");
    case Condition::A1:
        return QStringLiteral("A1");
    case Condition::A2:
        return QStringLiteral("A2");
    case Condition::A3:
        return QStringLiteral("A3");
    }
    return QString();
}

} // namespace trustdesk
