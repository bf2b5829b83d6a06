#include "ListenCommand.h"

#include "CliFormat.h"
#include "InputError.h"
#include "ListenerSetup.h"
#include "ServerIdentity.h"
#include "TestListener.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace trustdesk {

namespace {

// SIGINT and SIGTERM end the event loop through a pipe: a signal handler may only write.
int signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

QStringList ListenCommand::synopsis() const
{
    return {
        QStringLiteral("listen [--bind 127.0.0.1] [--https PORT] [--ftps PORT] [--ftps-implicit "
                       "PORT] [--site-mode accept|require|ignore|accept-site-wide|iis-mapping] "
                       "[--server-cert "
                       "FILE.p12] [--root DIR] [--log FILE] [--passphrase-stdin]")};
}

int ListenCommand::run(CliContext &context)
{
    accept(context, form());
    ListenerConfig config;
    if (context.args().has(QStringLiteral("bind"))) {
        config.bind = QHostAddress(context.args().value(QStringLiteral("bind")));
        if (config.bind.isNull())
            throw InputError(tr("--bind: '%1' is not an IP address")
                                 .arg(context.args().value(QStringLiteral("bind"))));
    }
    config.httpsPort = 8443;
    if (context.args().has(QStringLiteral("https"))) {
        bool ok = false;
        config.httpsPort = context.args().value(QStringLiteral("https")).toInt(&ok);
        if (!ok || config.httpsPort < 0 || config.httpsPort > 65535)
            throw InputError(tr("--https: '%1' is not a port (0 to 65535)")
                                 .arg(context.args().value(QStringLiteral("https"))));
    }
    const auto port = [&context](const QString &option) {
        bool ok = false;
        const int value = context.args().value(option).toInt(&ok);
        if (!ok || value < 0 || value > 65535)
            throw InputError(tr("--%1: '%2' is not a port (0 to 65535)")
                                 .arg(option, context.args().value(option)));
        return value;
    };
    const bool ftps = context.args().has(QStringLiteral("ftps")) ||
                      context.args().has(QStringLiteral("ftps-implicit"));
    if (ftps && !context.args().has(QStringLiteral("https")))
        config.httpsPort = -1; // only what was asked for
    if (context.args().has(QStringLiteral("ftps")))
        config.ftpsPort = port(QStringLiteral("ftps"));
    if (context.args().has(QStringLiteral("ftps-implicit")))
        config.ftpsImplicitPort = port(QStringLiteral("ftps-implicit"));
    config.ftpsRoot = context.args().has(QStringLiteral("root"))
                          ? context.args().value(QStringLiteral("root"))
                          : ListenerSetup::defaultFtpsRoot(context.store());
    if (context.args().has(QStringLiteral("site-mode"))) {
        const auto mode = siteModeFromName(context.args().value(QStringLiteral("site-mode")));
        if (!mode)
            throw InputError(tr("--site-mode: '%1' is not one of accept, require, ignore, "
                                "accept-site-wide, iis-mapping")
                                 .arg(context.args().value(QStringLiteral("site-mode"))));
        config.siteMode = *mode;
    }
    config.logPath = context.args().value(QStringLiteral("log"));
    const qint64 org = context.organisationId();
    // The server certificate: the administrator's, or one for localhost from the
    // organisation CA (its passphrase on standard input), or a self-signed one.
    std::optional<ServerIdentity> chosen;
    PrivateKey caKey;
    const auto ca = context.store().organisationCa().get(org);
    if (context.args().has(QStringLiteral("server-cert")))
        chosen = ServerIdentity::fromPkcs12(
            context.args().value(QStringLiteral("server-cert")),
            context.args().has(QStringLiteral("passphrase-stdin"))
                ? context.readStdinLine(tr("--passphrase-stdin (the server certificate's)"))
                : QByteArray());
    else if (ca && context.args().has(QStringLiteral("passphrase-stdin")))
        caKey = ca->unlock(context.readStdinLine(tr("--passphrase-stdin (the organisation CA's)")));
    const ServerIdentity identity = ListenerSetup::identity(context.store(), org, chosen, caKey,
                                                            QDateTime::currentDateTimeUtc());
    if (!ListenerSetup::isLoopback(config.bind))
        context.err()
            << tr("warning: listening on %1, not only on this machine").arg(config.bind.toString())
            << Qt::endl;

    TestListener listener(context.store(), org);
    const QString error = listener.start(config, identity);
    if (!error.isEmpty())
        throw InputError(error);
    QObject::connect(&listener, &TestListener::attemptSeen, [&context](const ListenerEvent &event) {
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                             .arg(event.at.toString(Qt::ISODate), event.clientAddress,
                                  UserProfile::interfaceName(event.interface), event.username,
                                  event.certificate.isNull() ? QStringLiteral("-")
                                                             : event.certificate.subjectText(),
                                  event.verdict, event.outcome)
                      << Qt::endl;
        std::fflush(stdout); // a pipe is block-buffered: the events must show as they come
    });
    const QString host = ListenerSetup::urlHost(config.bind);
    if (listener.httpsPort())
        context.out() << tr("listening: https://%1:%2/ (site mode %3, server certificate %4)")
                             .arg(host)
                             .arg(listener.httpsPort())
                             .arg(siteModeName(config.siteMode),
                                  identity.certificate().subjectText())
                      << Qt::endl;
    if (listener.ftpsPort())
        context.out() << tr("listening: ftp://%1:%2/ (explicit FTPS, AUTH TLS; files in %3)")
                             .arg(host)
                             .arg(listener.ftpsPort())
                             .arg(QDir::toNativeSeparators(config.ftpsRoot))
                      << Qt::endl;
    if (listener.ftpsImplicitPort())
        context.out() << tr("listening: ftps://%1:%2/ (implicit FTPS; files in %3)")
                             .arg(host)
                             .arg(listener.ftpsImplicitPort())
                             .arg(QDir::toNativeSeparators(config.ftpsRoot))
                      << Qt::endl;
    std::fflush(stdout);

    if (::pipe(signalPipe) != 0)
        throw std::runtime_error("cannot create the signal pipe");
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    listener.stop();
    context.out() << tr("stopped") << Qt::endl;
    return CliExit::Success;
}

} // namespace trustdesk
