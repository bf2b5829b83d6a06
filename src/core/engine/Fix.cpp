#include "Fix.h"

#include <QJsonArray>

namespace trustdesk {

QString FixChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Install:
        return QStringLiteral("install");
    case Kind::Approve:
        return QStringLiteral("approve");
    case Kind::AcceptCn:
        return QStringLiteral("accept-cn");
    case Kind::AcceptThumbprint:
        return QStringLiteral("accept-thumbprint");
    case Kind::MatchCn:
        return QStringLiteral("match-cn");
    case Kind::EnableUser:
        return QStringLiteral("enable-user");
    }
    return QString();
}

QString FixChange::what() const
{
    switch (kind) {
    // CAs are named with the start of their thumbprint: a same-name CA may stand beside.
    case Kind::Install:
        return tr("Install '%1' (%2…) in the trusted root store")
            .arg(certificate.displayName(), certificate.thumbprint().grouped().left(9));
    case Kind::Approve:
        return tr("Approve '%1' (%2…) as a CA of the organisation")
            .arg(certificate.displayName(), certificate.thumbprint().grouped().left(9));
    case Kind::AcceptCn:
        return tr("Accept the CN '%1' for user '%2'").arg(value, user);
    case Kind::AcceptThumbprint:
        return tr("Accept the thumbprint %1 for user '%2'").arg(Thumbprint::groupHex(value), user);
    case Kind::MatchCn:
        return tr("Turn on Match CN to username/full name for the organisation");
    case Kind::EnableUser:
        return tr("Enable user '%1'").arg(user);
    }
    return QString();
}

QJsonObject FixChange::toJson() const
{
    QJsonObject out{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("what"), what()}};
    switch (kind) {
    case Kind::Install:
    case Kind::Approve:
        out.insert(QStringLiteral("thumbprint"), certificate.thumbprint().grouped());
        out.insert(QStringLiteral("subject"), certificate.subjectText());
        break;
    case Kind::AcceptCn:
        out.insert(QStringLiteral("user"), user);
        out.insert(QStringLiteral("value"), value);
        break;
    case Kind::AcceptThumbprint:
        out.insert(QStringLiteral("user"), user);
        out.insert(QStringLiteral("value"), Thumbprint::groupHex(value));
        break;
    case Kind::EnableUser:
        out.insert(QStringLiteral("user"), user);
        break;
    case Kind::MatchCn:
        break;
    }
    return out;
}

bool FixChange::operator==(const FixChange &other) const
{
    return kind == other.kind && certificate == other.certificate && user == other.user &&
           value == other.value;
}

WhatIfChanges Fix::whatIf() const
{
    WhatIfChanges out;
    for (const FixChange &change : changes) {
        switch (change.kind) {
        case FixChange::Kind::Install:
            out.install << change.certificate;
            break;
        case FixChange::Kind::Approve:
            out.approve << change.certificate;
            break;
        case FixChange::Kind::AcceptCn:
            out.commonNameForUser = change.value;
            break;
        case FixChange::Kind::AcceptThumbprint:
            out.thumbprintForUser = change.value;
            break;
        case FixChange::Kind::MatchCn:
            out.matchCn = true;
            break;
        case FixChange::Kind::EnableUser:
            out.enableUser = true;
            break;
        }
    }
    return out;
}

QString Fix::what() const
{
    QStringList sentences;
    for (const FixChange &change : changes)
        sentences << change.what();
    return sentences.join(QStringLiteral(" + "));
}

QJsonObject Fix::toJson() const
{
    if (changes.isEmpty())
        return QJsonObject();
    QJsonObject out = changes.first().toJson();
    out.insert(QStringLiteral("what"), what());
    QJsonArray also;
    for (int i = 1; i < changes.size(); ++i)
        also.append(changes.at(i).toJson());
    if (!also.isEmpty())
        out.insert(QStringLiteral("also"), also);
    out.insert(QStringLiteral("result"),
               QJsonObject{{QStringLiteral("connect"), connects},
                           {QStringLiteral("authenticate"), authenticates},
                           {QStringLiteral("condition"),
                            condition == Condition::None ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(conditionName(condition))}});
    return out;
}

} // namespace trustdesk
