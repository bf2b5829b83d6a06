#include "FtpsSession.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace trustdesk {

namespace {

constexpr qint64 DiscardAllowance = 16 * 1024 * 1024;

} // namespace

FtpsSession::FtpsSession(QSslSocket *control, bool implicit, const FtpsConfig &config,
                         AttemptService &recorder, QObject *parent)
    : QObject(parent), m_control(control), m_implicit(implicit), m_config(config),
      m_recorder(recorder)
{
    m_control->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(config.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        reply(421, tr("Idle timeout; closing the connection."));
        finish();
    });
    m_idle.start();
    connect(m_control, &QSslSocket::readyRead, this, &FtpsSession::readControl);
    connect(m_control, &QSslSocket::disconnected, this, [this] {
        if (m_finishing)
            emit finished();
        else
            finish(), emit finished();
    });
    if (m_implicit) {
        // The listener's QSslServer has finished the handshake already.
        reply(220, tr("TrustDesk test listener (implicit FTPS) ready."));
    } else {
        reply(220, tr("TrustDesk test listener ready; use AUTH TLS."));
    }
}

FtpsSession::~FtpsSession() = default;

void FtpsSession::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_idle.stop();
    closeData();
    // Whatever was last written (221, 421) still goes out before the socket closes.
    if (m_control->state() == QAbstractSocket::UnconnectedState)
        return emit finished();
    QTimer::singleShot(5000, m_control, &QSslSocket::abort);
    m_control->disconnectFromHost();
}

void FtpsSession::reply(int code, const QString &text)
{
    if (m_control->state() == QAbstractSocket::ConnectedState)
        m_control->write(QByteArray::number(code) + ' ' + text.toUtf8() + "\r\n");
}

void FtpsSession::readControl()
{
    m_idle.start();
    m_commands.append(m_control->readAll());
    for (;;) {
        FtpCommandReader::Command command;
        switch (m_commands.next(&command)) {
        case FtpCommandReader::State::NeedMore:
            return;
        case FtpCommandReader::State::TooLong:
            reply(500, tr("Line too long."));
            finish();
            return;
        case FtpCommandReader::State::Ready:
            break;
        }
        handle(command.verb, command.argument);
        if (command.verb == "AUTH")
            return; // the rest of the buffer belongs to the TLS handshake, not to us
    }
}

void FtpsSession::handle(const QByteArray &verb, const QString &argument)
{
    const bool encrypted = m_control->isEncrypted();
    if (verb == "AUTH") {
        if (encrypted)
            return reply(503, tr("Already using TLS."));
        if (argument.compare(QLatin1String("TLS"), Qt::CaseInsensitive) != 0 &&
            argument.compare(QLatin1String("SSL"), Qt::CaseInsensitive) != 0)
            return reply(504, tr("AUTH %1 is not supported; use AUTH TLS.").arg(argument));
        reply(234, tr("AUTH TLS OK."));
        m_control->setSslConfiguration(m_config.tls);
        m_control->startServerEncryption();
        return;
    }
    if (verb == "QUIT") {
        reply(221, tr("Goodbye."));
        return finish();
    }
    if (verb == "FEAT") {
        m_control->write("211-Features:\r\n AUTH TLS\r\n PBSZ\r\n PROT\r\n EPSV\r\n PASV\r\n SIZE"
                         "\r\n UTF8\r\n211 End\r\n");
        return;
    }
    if (verb == "SYST")
        return reply(215, QStringLiteral("UNIX Type: L8"));
    if (verb == "NOOP")
        return reply(200, QStringLiteral("NOOP ok."));
    if (verb == "OPTS")
        return reply(200, tr("Always in UTF8 mode."));
    if (!encrypted)
        return reply(530, tr("Use AUTH TLS first: this server does not accept clear text."));
    if (verb == "PBSZ")
        return reply(200, QStringLiteral("PBSZ=0"));
    if (verb == "PROT") {
        if (argument.compare(QLatin1String("P"), Qt::CaseInsensitive) == 0) {
            m_protected = true;
            return reply(200, tr("Protection level set to Private."));
        }
        return reply(536, tr("Only PROT P is supported: data goes over TLS."));
    }
    if (verb == "USER")
        return user(argument.trimmed());
    if (verb == "PASS")
        return password(argument);
    if (m_state != State::LoggedIn)
        return reply(530, tr("Not logged in."));
    if (verb == "PWD" || verb == "XPWD")
        return reply(257, QStringLiteral("\"%1\" is the current directory").arg(m_cwd));
    if (verb == "CWD" || verb == "CDUP") {
        const QString target = verb == "CDUP" ? QStringLiteral("..") : argument;
        const QString real = resolve(target);
        if (real.isEmpty() || !QFileInfo(real).isDir())
            return reply(550, tr("No such directory."));
        m_cwd = QStringLiteral("/") + QDir(m_home).relativeFilePath(real);
        if (m_cwd == QLatin1String("/."))
            m_cwd = QStringLiteral("/");
        return reply(250, tr("Directory changed to %1").arg(m_cwd));
    }
    if (verb == "TYPE")
        return reply(200, tr("Type set to %1.").arg(argument.toUpper()));
    if (verb == "PASV" || verb == "EPSV")
        return passive(verb == "EPSV");
    if (verb == "SIZE") {
        const QString real = resolve(argument);
        if (real.isEmpty() || !QFileInfo(real).isFile())
            return reply(550, tr("No such file."));
        return reply(213, QString::number(QFileInfo(real).size()));
    }
    if (verb == "DELE") {
        const QString real = resolve(argument);
        if (real.isEmpty() || !QFileInfo(real).isFile() || !QFile::remove(real))
            return reply(550, tr("Cannot delete that."));
        return reply(250, tr("Deleted."));
    }
    if (verb == "LIST" || verb == "NLST" || verb == "RETR" || verb == "STOR")
        return transfer(QString::fromLatin1(verb), argument);
    reply(502, tr("Command not implemented."));
}

void FtpsSession::user(const QString &name)
{
    m_user = name;
    m_state = State::Start;
    const auto profile = m_recorder.findUser(name);
    // An unknown or disabled user is asked for a password like anyone else, and fails
    // there: the reply does not tell who exists.
    if (!profile || profile->disabled || profile->ftpsPolicy == Policy::Password) {
        m_state = State::NeedPassword;
        return reply(331, tr("Password required for %1").arg(name));
    }
    const AttemptOutcome outcome =
        m_recorder.attempt(PeerChain::toCertificates(m_control->peerCertificateChain()),
                           profile->username, Interface::Ftps, m_control->peerAddress().toString());
    ListenerEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.clientAddress = m_control->peerAddress().toString();
    event.interface = Interface::Ftps;
    event.username = profile->username;
    event.chain = PeerChain::toCertificates(m_control->peerCertificateChain());
    event.certificate = event.chain.value(0);
    const bool accepted =
        outcome.verdict && outcome.verdict->authenticate && outcome.verdict->authenticate->ok;
    event.verdict =
        !outcome.verdict               ? tr("no certificate")
        : !outcome.verdict->connect.ok ? tr("cannot connect")
        : accepted
            ? tr("authenticates (%1)").arg(conditionName(outcome.verdict->authenticate->condition))
            : tr("connects, does not authenticate");
    emit attemptSeen(event);
    if (!accepted) {
        m_user.clear();
        return reply(530, QStringLiteral("Not logged in. Client Certificate is not registered."));
    }
    m_user = profile->username;
    if (profile->ftpsPolicy == Policy::PasswordAndCertificate) {
        m_state = State::NeedPassword;
        return reply(331, tr("Password required for %1").arg(m_user));
    }
    m_state = State::LoggedIn;
    reply(230, tr("User %1 logged in.").arg(m_user));
}

void FtpsSession::enterHome()
{
    m_state = State::LoggedIn;
    QDir(m_config.root).mkpath(m_user);
    m_home = QFileInfo(QDir(m_config.root).filePath(m_user)).canonicalFilePath();
    m_cwd = QStringLiteral("/");
    reply(230, tr("User %1 logged in.").arg(m_user));
}

void FtpsSession::password(const QString &secret)
{
    if (m_state != State::NeedPassword || m_user.isEmpty())
        return reply(503, tr("Login with USER first."));
    const auto profile = m_recorder.findUser(m_user);
    if (!profile || profile->disabled || !m_recorder.verifyPassword(profile->username, secret)) {
        m_state = State::Start;
        return reply(530, tr("Not logged in."));
    }
    m_user = profile->username;
    enterHome();
}

QString FtpsSession::resolve(const QString &path) const
{
    if (m_home.isEmpty())
        return QString();
    const QString joined =
        path.startsWith(QLatin1Char('/')) ? path : m_cwd + QLatin1Char('/') + path;
    // Resolve "." and ".." on the virtual path first: it can never climb above "/".
    QStringList parts;
    for (const QString &part : joined.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        if (part.contains(QLatin1Char('\\')) || part.contains(QChar(0)))
            return QString();
        parts << part;
    }
    const QString real = QDir(m_home).filePath(parts.join(QLatin1Char('/')));
    // And a symbolic link inside the folder must not lead outside it.
    const QFileInfo info(real);
    if (info.exists()) {
        const QString canonical = info.canonicalFilePath();
        if (canonical != m_home && !canonical.startsWith(m_home + QLatin1Char('/')))
            return QString();
    }
    return real;
}

void FtpsSession::passive(bool extended)
{
    closeData();
    m_passive = new QTcpServer(this);
    m_passive->setMaxPendingConnections(1);
    if (!m_passive->listen(m_control->localAddress(), 0))
        return reply(425, tr("Cannot open a data connection."));
    connect(m_passive, &QTcpServer::newConnection, this, [this] {
        QTcpSocket *socket = m_passive->nextPendingConnection();
        m_passive->close(); // one data connection per PASV
        if (!socket)
            return;
        // Only the client of this control connection may connect to its data port.
        if (socket->peerAddress() != m_control->peerAddress()) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_data = new TlsDataChannel(socket, m_config.dataContext, this);
        connect(m_data, &TlsDataChannel::closed, m_data, &QObject::deleteLater);
        connect(m_data, &TlsDataChannel::encrypted, this, [this] {
            if (m_pendingJob) {
                auto job = std::move(m_pendingJob);
                m_pendingJob = nullptr;
                job(m_data);
            }
        });
    });
    const quint16 port = m_passive->serverPort();
    if (extended)
        return reply(229, tr("Entering Extended Passive Mode (|||%1|)").arg(port));
    const quint32 address = m_control->localAddress().toIPv4Address();
    reply(227, tr("Entering Passive Mode (%1,%2,%3,%4,%5,%6).")
                   .arg(address >> 24)
                   .arg((address >> 16) & 0xff)
                   .arg((address >> 8) & 0xff)
                   .arg(address & 0xff)
                   .arg(port >> 8)
                   .arg(port & 0xff));
}

void FtpsSession::runWhenDataReady(std::function<void(TlsDataChannel *)> job)
{
    if (m_data && m_data->isEncrypted())
        return job(m_data);
    m_pendingJob = std::move(job);
}

void FtpsSession::closeData()
{
    m_pendingJob = nullptr;
    if (m_passive) {
        m_passive->close();
        m_passive->deleteLater();
        m_passive = nullptr;
    }
    if (m_data) {
        m_data->abort();
        m_data = nullptr;
    }
}

QString FtpsSession::listing(const QString &realPath, bool namesOnly) const
{
    QString out;
    const QFileInfo target(realPath);
    const QFileInfoList entries =
        target.isDir()
            ? QDir(realPath).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name)
            : QFileInfoList{target};
    const QLocale c = QLocale::c();
    for (const QFileInfo &entry : entries) {
        if (namesOnly) {
            out += entry.fileName() + QStringLiteral("\r\n");
            continue;
        }
        out += QStringLiteral("%1 1 %2 %2 %3 %4 %5\r\n")
                   .arg(entry.isDir() ? QStringLiteral("drwxr-xr-x") : QStringLiteral("-rw-r--r--"),
                        m_user)
                   .arg(entry.size(), 12)
                   .arg(c.toString(entry.lastModified(), QStringLiteral("MMM dd HH:mm")),
                        entry.fileName());
    }
    return out;
}

void FtpsSession::transfer(const QString &verb, const QString &argument)
{
    if (!m_protected)
        return reply(521, tr("Use PROT P first: data goes over TLS."));
    if (!m_passive && !m_data)
        return reply(425, tr("Use PASV or EPSV first."));
    const bool isList = verb == QLatin1String("LIST") || verb == QLatin1String("NLST");
    // LIST's argument may be options ("-a"); a path only when it does not start with '-'.
    const QString path = isList && argument.startsWith(QLatin1Char('-')) ? QString() : argument;
    const QString real = resolve(path.isEmpty() ? QStringLiteral(".") : path);
    if (real.isEmpty())
        return reply(550, tr("Permission denied."));
    if (verb == QLatin1String("RETR") &&
        (!QFileInfo(real).isFile() || QFileInfo(real).size() > m_config.maxDownload))
        return reply(550, tr("No such file."));
    if (isList && !QFileInfo(real).exists())
        return reply(550, tr("No such file or directory."));
    if (verb == QLatin1String("STOR") && (path.isEmpty() || QFileInfo(real).isDir()))
        return reply(553, tr("Not a file name."));
    reply(150, tr("Opening data connection."));
    runWhenDataReady([this, verb, real, isList](TlsDataChannel *data) {
        m_data = nullptr; // this transfer owns it now; the next needs another PASV
        const auto done = [this, data](int code, const QString &text) {
            connect(data, &TlsDataChannel::closed, this, [this, code, text] { reply(code, text); });
            data->close();
        };
        if (isList) {
            data->write(listing(real, verb == QLatin1String("NLST")).toUtf8());
            return done(226, tr("Transfer complete."));
        }
        if (verb == QLatin1String("RETR")) {
            QFile file(real);
            if (!file.open(QIODevice::ReadOnly))
                return done(451, tr("Cannot read the file."));
            data->write(file.readAll());
            return done(226, tr("Transfer complete."));
        }
        // STOR: into a temporary file, committed only when the whole upload arrived.
        auto file = std::make_shared<QSaveFile>(real);
        if (!file->open(QIODevice::WriteOnly)) {
            return done(553, tr("Cannot write that file."));
        }
        auto received = std::make_shared<qint64>(0);
        connect(data, &TlsDataChannel::received, this,
                [this, data, file, received](const QByteArray &chunk) {
                    *received += chunk.size();
                    // Over the limit: nothing more is kept; the rest is read and dropped
                    // so the client hears 552 instead of a reset, up to a bound.
                    if (*received > m_config.maxUpload + DiscardAllowance)
                        return data->abort();
                    if (*received <= m_config.maxUpload)
                        file->write(chunk);
                });
        connect(data, &TlsDataChannel::closed, this, [this, file, received] {
            if (*received > m_config.maxUpload) {
                file->cancelWriting();
                return reply(552,
                             tr("Upload larger than %1 bytes refused.").arg(m_config.maxUpload));
            }
            if (!file->commit())
                return reply(451, tr("Cannot write that file."));
            reply(226, tr("Transfer complete."));
        });
    });
}

} // namespace trustdesk
