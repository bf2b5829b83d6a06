#include "CertificateSetCommand.h"

#include "CliFormat.h"
#include "engine/Verdict.h"
#include "services/OrganisationCaService.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace trustdesk {

QString CertificateSetCommand::name() const
{
    switch (m_kind) {
    case CertificateSet::Kind::RootStore:
        return QStringLiteral("root");
    case CertificateSet::Kind::Intermediates:
        return QStringLiteral("intermediate");
    case CertificateSet::Kind::ApprovedCas:
        break;
    }
    return QStringLiteral("ca");
}

QString CertificateSetCommand::addWord() const
{
    return m_kind == CertificateSet::Kind::ApprovedCas ? QStringLiteral("approve")
                                                       : QStringLiteral("add");
}

QStringList CertificateSetCommand::synopsis() const
{
    return {QStringLiteral("%1 %2 FILE...").arg(name(), addWord()),
            QStringLiteral("%1 list").arg(name()),
            QStringLiteral("%1 remove THUMBPRINT").arg(name())};
}

CertificateSet CertificateSetCommand::set(CliContext &context) const
{
    switch (m_kind) {
    case CertificateSet::Kind::RootStore:
        return context.store().rootStore();
    case CertificateSet::Kind::Intermediates:
        return context.store().intermediates();
    case CertificateSet::Kind::ApprovedCas:
        break;
    }
    return context.store().approvedCas(context.organisationId());
}

int CertificateSetCommand::run(CliContext &context)
{
    const QString sub = context.word(1);
    if (sub == addWord())
        return add(context);
    if (sub == QLatin1String("list"))
        return list(context);
    if (sub == QLatin1String("remove"))
        return remove(context);
    usageOfAll();
}

int CertificateSetCommand::add(CliContext &context)
{
    accept(context, form(addWord()));
    // Every file is read before anything is written: one bad file changes nothing.
    const QList<Certificate> certs = CliFormat::loadAll(context.args().words.mid(2));
    const int added = set(context).add(certs);
    QJsonArray list;
    for (const Certificate &cert : certs) {
        list.append(Verdict::certificateJson(cert));
        switch (m_kind) {
        case CertificateSet::Kind::RootStore:
            context.print(tr("installed  %1").arg(CliFormat::certificateLine(cert)));
            break;
        case CertificateSet::Kind::Intermediates:
            break;
        case CertificateSet::Kind::ApprovedCas:
            context.print(tr("approved   %1").arg(CliFormat::certificateLine(cert)));
            if (!OrganisationCaService::isInstalled(context.store(), cert))
                context.warn(
                    tr("warning: '%1' is approved but not installed in the trusted root store; "
                       "certificates under it cannot connect unless something on their path is "
                       "installed")
                        .arg(cert.displayName()));
            break;
        }
    }
    switch (m_kind) {
    case CertificateSet::Kind::RootStore:
        context.print(tr("%n certificate(s) newly installed", nullptr, added));
        break;
    case CertificateSet::Kind::Intermediates:
        context.print(tr("%n intermediate(s) newly added", nullptr, added));
        break;
    case CertificateSet::Kind::ApprovedCas:
        break;
    }
    if (context.json()) {
        // One shape for the three sets; "installed" and "approved" stay for older scripts.
        QJsonObject out{{QStringLiteral("added"), added}, {QStringLiteral("certificates"), list}};
        if (m_kind == CertificateSet::Kind::RootStore)
            out.insert(QStringLiteral("installed"), added);
        if (m_kind == CertificateSet::Kind::ApprovedCas)
            out.insert(QStringLiteral("approved"), added);
        context.printJson(out);
    }
    return CliExit::Success;
}

int CertificateSetCommand::list(CliContext &context)
{
    accept(context, form(QStringLiteral("list")));
    const bool approvedCas = m_kind == CertificateSet::Kind::ApprovedCas;
    const QList<StoredCertificate> installed =
        approvedCas ? context.store().rootStore().list() : QList<StoredCertificate>();
    QJsonArray list;
    for (const StoredCertificate &s : set(context).list()) {
        QJsonObject row = CliFormat::certificateRow(s.certificate, s.added);
        QString line = CliFormat::certificateLine(s.certificate);
        if (approvedCas) {
            // An approved CA that is not installed vouches for nothing that can connect.
            const bool isInstalled =
                std::any_of(installed.begin(), installed.end(), [&s](const StoredCertificate &i) {
                    return i.certificate == s.certificate;
                });
            row.insert(QStringLiteral("installed"), isInstalled);
            if (!isInstalled)
                line += tr("  [not installed: its certificates cannot connect]");
        }
        list.append(row);
        if (!context.json())
            context.print(line);
    }
    if (context.json())
        context.printJson(list);
    return CliExit::Success;
}

int CertificateSetCommand::remove(CliContext &context)
{
    accept(context, form(QStringLiteral("remove")));
    const QString thumbprint = context.word(2);
    set(context).remove(thumbprint);
    QString from;
    switch (m_kind) {
    case CertificateSet::Kind::RootStore:
        from = tr("the trusted root store");
        break;
    case CertificateSet::Kind::Intermediates:
        from = tr("the known intermediates");
        break;
    case CertificateSet::Kind::ApprovedCas:
        from = tr("the approved CAs");
        break;
    }
    context.print(tr("removed %1 from %2").arg(thumbprint, from));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("removed"), thumbprint}});
    return CliExit::Success;
}

} // namespace trustdesk
