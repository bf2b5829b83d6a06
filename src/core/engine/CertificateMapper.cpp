#include "CertificateMapper.h"

#include "TrustEngine.h"

#include <QJsonArray>

namespace trustdesk {

namespace {

// The Win32 statuses IIS logs for each refusal (decimal in the log).
constexpr quint32 CertUntrustedRoot = 0x800B0109;  // CERT_E_UNTRUSTEDROOT
constexpr quint32 CertExpired = 0x800B0101;        // CERT_E_EXPIRED
constexpr quint32 CryptRevoked = 0x80092010;       // CRYPT_E_REVOKED
constexpr quint32 TrustCertSignature = 0x80096004; // TRUST_E_CERT_SIGNATURE
constexpr quint32 CertWrongUsage = 0x800B0110;     // CERT_E_WRONG_USAGE
constexpr quint32 LogonFailure = 1326;             // ERROR_LOGON_FAILURE
constexpr quint32 AccountDisabled = 1331;          // ERROR_ACCOUNT_DISABLED

IisStatus refusalOf(const ConnectResult &connect)
{
    switch (connect.failure) {
    case ConnectFailure::Validity:
        return {403, 17, CertExpired};
    case ConnectFailure::Revoked:
        return {403, 13, CryptRevoked};
    case ConnectFailure::Signature:
    case ConnectFailure::WeakSignature:
        return {403, 16, TrustCertSignature};
    case ConnectFailure::KeyUsage:
    case ConnectFailure::NotCa:
    case ConnectFailure::PathLength:
        return {403, 16, CertWrongUsage};
    default:
        return {403, 16, CertUntrustedRoot};
    }
}

QChar upper(QChar c)
{
    return c.toUpper();
}

// Backtracking glob over the whole value; '*' runs collapse.
bool globMatch(const QString &pattern, const QString &value, bool caseSensitive)
{
    const auto same = [caseSensitive](QChar a, QChar b) {
        return caseSensitive ? a == b : upper(a) == upper(b);
    };
    qsizetype p = 0, v = 0, star = -1, resume = 0;
    while (v < value.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            resume = v;
        } else if (p < pattern.size() && same(pattern.at(p), value.at(v))) {
            ++p;
            ++v;
        } else if (star >= 0) {
            p = star + 1;
            v = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << QStringLiteral("'%1'").arg(value);
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString IisStatus::text() const
{
    // As administrators write them: "403.12", and "200" rather than "200.0".
    return substatus ? QStringLiteral("%1.%2").arg(status).arg(substatus) : QString::number(status);
}

QJsonObject IisStatus::toJson() const
{
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("substatus"), substatus},
                       {QStringLiteral("win32"), qint64(win32)}};
}

bool CertificateMapper::patternMatches(const QString &pattern, const QString &value,
                                       bool caseSensitive)
{
    return globMatch(pattern, value, caseSensitive);
}

Identification CertificateMapper::identify(const QList<Certificate> &presented,
                                           const QList<CertificateMapping> &mappings,
                                           const QHash<QString, UserProfile> &users,
                                           const TrustSnapshot &snapshot, const QDateTime &at)
{
    Identification out;
    out.presented = presented;
    out.evaluatedAt = at;
    const auto explainNotConsulted = [&](const QString &why) {
        for (const CertificateMapping &m : mappings)
            out.checks.append({m.id, m.kind, m.label(), false, false, why});
    };
    if (presented.isEmpty() || presented.first().isNull()) {
        out.iis = {403, 7, 0};
        out.reason = tr("no client certificate was presented, and this site requires one");
        explainNotConsulted(tr("not consulted: no certificate"));
        return out;
    }
    // 1. The connect conditions come first: a certificate that cannot connect is never mapped.
    out.verdict = TrustEngine::evaluate(presented, nullptr, Interface::Https, snapshot, at);
    if (!out.verdict->connect.ok) {
        out.iis = refusalOf(out.verdict->connect);
        out.reason = tr("the certificate cannot connect (%1), so no mapping is consulted")
                         .arg(out.verdict->connect.reason);
        explainNotConsulted(tr("not consulted: the certificate cannot connect"));
        return out;
    }
    const Certificate &leaf = presented.first();
    // 2. One-to-one before many-to-one (specific before wildcard), each in list order.
    QList<const CertificateMapping *> order;
    for (const CertificateMapping &m : mappings)
        if (m.kind == CertificateMapping::Kind::OneToOne)
            order << &m;
    for (const CertificateMapping &m : mappings)
        if (m.kind == CertificateMapping::Kind::ManyToOne)
            order << &m;
    const CertificateMapping *decided = nullptr;
    for (const CertificateMapping *m : std::as_const(order)) {
        MappingCheck check{m->id, m->kind, m->label(), true, false, QString()};
        if (decided) {
            check.consulted = false;
            check.reason = tr("not consulted: '%1' decided first").arg(decided->label());
        } else if (!m->enabled) {
            check.consulted = false;
            check.reason = tr("disabled, so not consulted");
        } else if (m->kind == CertificateMapping::Kind::OneToOne) {
            check.matched = !m->certificate.isNull() && m->certificate == leaf;
            check.reason =
                check.matched
                    ? tr("this is its certificate (thumbprint %1)").arg(leaf.thumbprint().grouped())
                    : tr("it maps another certificate (thumbprint %1, not %2)")
                          .arg(m->certificate.isNull() ? tr("none")
                                                       : m->certificate.thumbprint().grouped(),
                               leaf.thumbprint().grouped());
        } else {
            // 3. Every rule must match; a rule matches when any value of its sub-field does.
            QStringList matchedRules;
            QString failure;
            for (const MappingRule &rule : m->rules) {
                const X509_NAME *name = rule.field == MappingRule::Field::Subject
                                            ? X509_get_subject_name(leaf.x509())
                                            : X509_get_issuer_name(leaf.x509());
                const int nid = rule.subfieldNid();
                const QStringList values =
                    nid == NID_undef ? QStringList() : Certificate::nameValues(name, nid);
                QString hit;
                for (const QString &value : values) {
                    if (patternMatches(rule.pattern, value, rule.caseSensitive)) {
                        hit = value;
                        break;
                    }
                }
                if (hit.isNull()) {
                    failure = values.isEmpty()
                                  ? tr("rule %1 does not match: the %2 has no %3")
                                        .arg(rule.toText(), MappingRule::fieldName(rule.field),
                                             rule.subfield)
                                  : tr("rule %1 does not match: the %2's %3 is %4")
                                        .arg(rule.toText(), MappingRule::fieldName(rule.field),
                                             rule.subfield, quotedList(values));
                    break;
                }
                matchedRules << tr("%1 matches '%2'").arg(rule.toText(), hit);
            }
            if (m->rules.isEmpty())
                failure = tr("it has no rules, so it matches nothing");
            check.matched = failure.isEmpty();
            check.reason =
                check.matched
                    ? tr("every rule matches: %1").arg(matchedRules.join(QStringLiteral("; ")))
                    : failure;
        }
        if (check.matched)
            decided = m;
        out.checks << check;
    }
    // 4. The decision.
    if (!decided) {
        out.iis = {401, 2, 0};
        out.reason = tr("no mapping matches this certificate");
        return out;
    }
    out.mapping = *decided;
    if (decided->kind == CertificateMapping::Kind::ManyToOne &&
        decided->permission == CertificateMapping::Permission::Deny) {
        out.iis = {403, 12, 0};
        out.reason = tr("mapping '%1' matches and denies access").arg(decided->label());
        return out;
    }
    const auto user = users.constFind(decided->username.toCaseFolded());
    if (decided->username.isEmpty() || user == users.constEnd()) {
        out.iis = {401, 1, LogonFailure};
        out.reason = tr("mapping '%1' matches, but its user '%2' does not exist")
                         .arg(decided->label(), decided->username);
        return out;
    }
    if (user->disabled) {
        out.iis = {401, 1, AccountDisabled};
        out.reason = tr("mapping '%1' matches, but its user '%2' is disabled")
                         .arg(decided->label(), user->username);
        return out;
    }
    out.user = user->username;
    out.iis = {200, 0, 0};
    out.reason = tr("signed in as '%1' by mapping '%2'").arg(out.user, decided->label());
    return out;
}

QJsonObject Identification::toJson() const
{
    QJsonObject out;
    if (verdict) {
        const QJsonObject explained = verdict->toJson();
        out.insert(QStringLiteral("certificate"), explained.value(QStringLiteral("certificate")));
        out.insert(QStringLiteral("connect"), explained.value(QStringLiteral("connect")));
    } else {
        out.insert(QStringLiteral("certificate"), QJsonValue(QJsonValue::Null));
        out.insert(QStringLiteral("connect"), QJsonValue(QJsonValue::Null));
    }
    out.insert(QStringLiteral("user"),
               signedIn() ? QJsonValue(user) : QJsonValue(QJsonValue::Null));
    if (mapping) {
        out.insert(QStringLiteral("mapping"),
                   QJsonObject{
                       {QStringLiteral("id"), mapping->id},
                       {QStringLiteral("kind"), CertificateMapping::kindName(mapping->kind)},
                       {QStringLiteral("name"), mapping->kind == CertificateMapping::Kind::ManyToOne
                                                    ? QJsonValue(mapping->name)
                                                    : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("permission"),
                        CertificateMapping::permissionName(mapping->permission)}});
    } else {
        out.insert(QStringLiteral("mapping"), QJsonValue(QJsonValue::Null));
    }
    QJsonArray checkArray;
    for (const MappingCheck &check : checks)
        checkArray.append(
            QJsonObject{{QStringLiteral("id"), check.id},
                        {QStringLiteral("kind"), CertificateMapping::kindName(check.kind)},
                        {QStringLiteral("label"), check.label},
                        {QStringLiteral("consulted"), check.consulted},
                        {QStringLiteral("matched"), check.matched},
                        {QStringLiteral("reason"), check.reason}});
    out.insert(QStringLiteral("checks"), checkArray);
    out.insert(QStringLiteral("iis"), iis.toJson());
    out.insert(QStringLiteral("reason"), reason);
    return out;
}

QString Identification::toText() const
{
    QStringList lines;
    if (verdict) {
        lines << tr("Certificate  %1").arg(verdict->certificate.subjectText());
        lines << tr("CONNECT      %1 %2")
                     .arg(verdict->connect.ok ? tr("yes") : tr("no"),
                          verdict->connect.ok ? QStringLiteral("(%1)").arg(
                                                    conditionName(verdict->connect.condition))
                                              : QString());
        lines << QStringLiteral("  ") + verdict->connect.reason;
    } else {
        lines << tr("Certificate  none presented");
    }
    lines << QString();
    lines << tr("IDENTIFY     %1 (IIS %2, win32 %3)")
                 .arg(signedIn() ? tr("signed in as '%1'").arg(user) : tr("nobody"), iis.text())
                 .arg(iis.win32);
    lines << QStringLiteral("  ") + reason;
    for (const MappingCheck &check : checks) {
        const QString mark = !check.consulted ? QStringLiteral("[ -- ]")
                             : check.matched  ? QStringLiteral("[match]")
                                              : QStringLiteral("[ no ]");
        lines << QStringLiteral("  %1 #%2 %3 '%4': %5")
                     .arg(mark)
                     .arg(check.id)
                     .arg(CertificateMapping::kindName(check.kind), check.label, check.reason);
    }
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace trustdesk
