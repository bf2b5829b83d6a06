#include "Verdict.h"

#include "../domain/CommonName.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace trustdesk {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString isoTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QJsonArray checksJson(const QList<ConditionCheck> &checks)
{
    QJsonArray out;
    for (const ConditionCheck &check : checks)
        out.append(QJsonObject{{QStringLiteral("condition"), conditionName(check.condition)},
                               {QStringLiteral("ok"), check.ok},
                               {QStringLiteral("reason"), check.reason}});
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Verdict", text);
}

} // namespace

QString Verdict::sourceName(CertificateSource source)
{
    switch (source) {
    case CertificateSource::Presented:
        return QStringLiteral("presented");
    case CertificateSource::RootStore:
        return QStringLiteral("root-store");
    case CertificateSource::Intermediates:
        return QStringLiteral("intermediates");
    case CertificateSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject Verdict::certificateJson(const Certificate &cert)
{
    if (cert.isNull())
        return QJsonObject();
    const CommonNames cns = cert.commonNames();
    QJsonArray names;
    for (const QString &cn : cns.values)
        names.append(cn);
    return QJsonObject{
        {QStringLiteral("subject"), cert.subjectText()},
        {QStringLiteral("cn"),
         cns.values.size() == 1 ? QJsonValue(cns.values.first()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("common_names"), names},
        {QStringLiteral("issuer"), cert.issuerText()},
        {QStringLiteral("thumbprint"), cert.thumbprint().grouped()},
        {QStringLiteral("sha256"), cert.sha256()},
        {QStringLiteral("serial"), cert.serialHex()},
        {QStringLiteral("not_before"), isoTime(cert.notBefore())},
        {QStringLiteral("not_after"), isoTime(cert.notAfter())},
        {QStringLiteral("is_ca"), cert.isCa()},
        {QStringLiteral("key"), cert.keyDescription()},
    };
}

QJsonObject Verdict::toJson() const
{
    QJsonObject out;
    out.insert(QStringLiteral("certificate"), certificateJson(certificate));
    out.insert(QStringLiteral("evaluated_at"), isoTime(evaluatedAt));
    out.insert(QStringLiteral("interface"), UserProfile::interfaceName(interface));

    QJsonArray chain;
    for (const ChainElement &element : connect.chain) {
        chain.append(QJsonObject{
            {QStringLiteral("subject"), element.certificate.subjectText()},
            {QStringLiteral("thumbprint"), element.certificate.thumbprint().grouped()},
            {QStringLiteral("not_after"), isoTime(element.certificate.notAfter())},
            {QStringLiteral("source"), sourceName(element.source)},
            {QStringLiteral("installed"), element.installed},
            {QStringLiteral("approved"), element.approved},
            {QStringLiteral("is_ca"), element.certificate.isCa()},
            {QStringLiteral("signature_ok"), element.signatureOk},
            {QStringLiteral("ok"), element.ok},
            {QStringLiteral("problem"), nullable(element.problems.join(QStringLiteral("; ")))},
            {QStringLiteral("problems"), QJsonArray::fromStringList(element.problems)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(element.warnings)},
        });
    }
    QJsonArray rejected;
    for (const RejectedCandidate &candidate : connect.rejected)
        rejected.append(QJsonObject{
            {QStringLiteral("subject"), candidate.certificate.subjectText()},
            {QStringLiteral("thumbprint"), candidate.certificate.thumbprint().grouped()},
            {QStringLiteral("source"), sourceName(candidate.source)},
            {QStringLiteral("candidate_for"), candidate.childIndex},
            {QStringLiteral("key_mismatch"), candidate.keyMismatch},
            {QStringLiteral("reason"), candidate.reason}});
    QJsonObject connectJson{
        {QStringLiteral("ok"), connect.ok},
        {QStringLiteral("condition"), nullable(conditionName(connect.condition))},
        {QStringLiteral("anchor"),
         connect.anchor.isNull()
             ? QJsonValue(QJsonValue::Null)
             : QJsonValue(QJsonObject{
                   {QStringLiteral("subject"), connect.anchor.subjectText()},
                   {QStringLiteral("thumbprint"), connect.anchor.thumbprint().grouped()}})},
        {QStringLiteral("chain"), chain},
        {QStringLiteral("checks"), checksJson(connect.checks)},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("reason"), connect.reason},
    };
    out.insert(QStringLiteral("connect"), connectJson);

    if (authenticate) {
        const AuthenticateResult &a = *authenticate;
        out.insert(
            QStringLiteral("authenticate"),
            QJsonObject{
                {QStringLiteral("user"), a.user},
                {QStringLiteral("ok"), a.ok},
                {QStringLiteral("condition"), nullable(conditionName(a.condition))},
                {QStringLiteral("checks"), checksJson(a.checks)},
                {QStringLiteral("issuing_ca"),
                 a.issuingCa.isNull()
                     ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(QJsonObject{
                           {QStringLiteral("subject"), a.issuingCa.subjectText()},
                           {QStringLiteral("thumbprint"), a.issuingCa.thumbprint().grouped()},
                           {QStringLiteral("approved"), a.issuingCaApproved}})},
                {QStringLiteral("policy"), UserProfile::policyName(a.policy)},
                {QStringLiteral("certificate_consulted"), a.certificateConsulted},
                {QStringLiteral("reason"), a.reason},
            });
    } else {
        out.insert(QStringLiteral("authenticate"), QJsonValue(QJsonValue::Null));
    }

    QJsonArray tankJson;
    for (const TankProposal &proposal : tank)
        tankJson.append(QJsonObject{{QStringLiteral("kind"), credentialKindName(proposal.kind)},
                                    {QStringLiteral("value"), proposal.value}});
    out.insert(QStringLiteral("tank"), tankJson);
    if (fixes) {
        QJsonArray fixesJson;
        for (const Fix &fix : *fixes)
            fixesJson.append(fix.toJson());
        out.insert(QStringLiteral("fixes"), fixesJson);
    }
    return out;
}

QString Verdict::toText() const
{
    QStringList lines;
    const auto mark = [](bool ok) {
        return ok ? QStringLiteral("[pass]") : QStringLiteral("[fail]");
    };
    lines << tr("Certificate  %1").arg(certificate.subjectText());
    lines << tr("  issuer     %1").arg(certificate.issuerText());
    lines << tr("  thumbprint %1").arg(certificate.thumbprint().grouped());
    lines << tr("  sha-256    %1").arg(certificate.sha256());
    lines << tr("  valid      %1 to %2")
                 .arg(isoTime(certificate.notBefore()), isoTime(certificate.notAfter()));
    lines << QString();
    lines << tr("CONNECT      %1 %2")
                 .arg(connect.ok ? tr("yes") : tr("no"),
                      connect.condition == Condition::None
                          ? QString()
                          : QStringLiteral("(%1)").arg(conditionName(connect.condition)));
    lines << QStringLiteral("  ") + connect.reason;
    for (const ConditionCheck &check : connect.checks)
        lines << QStringLiteral("  %1 %2 %3")
                     .arg(mark(check.ok), conditionName(check.condition), check.reason);
    lines << tr("  path (as built, leaf first):");
    for (int i = 0; i < connect.chain.size(); ++i) {
        const ChainElement &e = connect.chain.at(i);
        QStringList badges{sourceName(e.source)};
        if (e.installed)
            badges << tr("installed");
        if (e.approved)
            badges << tr("approved");
        if (!e.certificate.isCa() && i > 0)
            badges << tr("not a CA");
        lines << QStringLiteral("    %1. %2 %3 [%4]")
                     .arg(i)
                     .arg(e.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"),
                          e.certificate.subjectText(), badges.join(QStringLiteral(", ")));
        for (const QString &problem : e.problems)
            lines << QStringLiteral("         - ") + problem;
        for (const QString &warning : e.warnings)
            lines << tr("         ! warning: %1").arg(warning);
    }
    for (const RejectedCandidate &candidate : connect.rejected)
        lines << tr("    rejected candidate: %1").arg(candidate.reason);
    if (authenticate) {
        lines << QString();
        lines << tr("AUTHENTICATE %1 as '%2' %3")
                     .arg(authenticate->ok ? tr("yes") : tr("no"), authenticate->user,
                          authenticate->condition == Condition::None
                              ? QString()
                              : QStringLiteral("(%1)").arg(conditionName(authenticate->condition)));
        lines << QStringLiteral("  ") + authenticate->reason;
        for (const ConditionCheck &check : authenticate->checks)
            lines << QStringLiteral("  %1 %2 %3")
                         .arg(mark(check.ok), conditionName(check.condition), check.reason);
    }
    lines << QString();
    if (tank.isEmpty()) {
        lines << tr("HOLDING TANK nothing would be added");
    } else {
        lines << tr("HOLDING TANK an attempt would add:");
        for (const TankProposal &proposal : tank)
            lines << QStringLiteral("  %1: %2")
                         .arg(credentialKindName(proposal.kind), proposal.value);
    }
    if (fixes && !fixes->isEmpty()) {
        lines << QString();
        lines << tr("To fix:");
        for (int i = 0; i < fixes->size(); ++i) {
            const Fix &fix = fixes->at(i);
            const QString result =
                fix.condition == Condition::None
                    ? (fix.connects ? tr("connects") : tr("no change"))
                    : (authenticate ? tr("connects and authenticates (%1)") : tr("connects (%1)"))
                          .arg(conditionName(fix.condition));
            lines << QStringLiteral("  %1. %2 -> %3").arg(i + 1).arg(fix.what(), result);
        }
    }
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1); // an empty condition leaves a trailing space behind
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace trustdesk
