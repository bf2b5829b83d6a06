#include "FtpsSession.h"

#include "domain/NameRules.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace trustdesk {

namespace {

// What the control channel takes from the socket at a time, and keeps unread at most.
constexpr qint64 ReadChunk = 4096;
constexpr qint64 ReadBuffer = 16 * 1024;
// A download is written while the client keeps up: never more than this unsent.
constexpr qint64 SendWindow = 256 * 1024;
constexpr qint64 FileChunk = 64 * 1024;
// An oversized upload is read and dropped up to this much, so the client hears 552.
constexpr qint64 DiscardAllowance = 16 * 1024 * 1024;

} // namespace

FtpsSession::FtpsSession(QSslSocket *control, bool implicit, const FtpsConfig &config,
                         AttemptService &recorder, QObject *parent)
    : QObject(parent), m_control(control), m_implicit(implicit), m_config(config),
      m_recorder(recorder)
{
    m_control->setParent(this);
    m_control->setReadBufferSize(ReadBuffer);
    m_idle.setSingleShot(true);
    m_idle.setInterval(config.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        reply(421, tr("Idle timeout; closing the connection."));
        finish();
    });
    m_idle.start();
    // A total deadline for signing on: a client trickling a byte at a time keeps the idle
    // timer going, but not this one.
    m_login.setSingleShot(true);
    m_login.setInterval(config.loginTimeoutMs);
    connect(&m_login, &QTimer::timeout, this, [this] {
        reply(421, tr("Sign-on took too long; closing the connection."));
        finish();
    });
    m_login.start();
    connect(m_control, &QSslSocket::readyRead, this, &FtpsSession::readControl);
    // The client reads its replies again: take the next commands.
    const auto resume = [this] {
        if (replyBacklog() <= MaxReplyBacklog / 2)
            readControl();
    };
    connect(m_control, &QSslSocket::bytesWritten, this, resume);
    connect(m_control, &QSslSocket::encryptedBytesWritten, this, resume);
    connect(m_control, &QSslSocket::disconnected, this, [this] {
        finish();
        emitFinished();
    });
    if (m_implicit) {
        // The listener's QSslServer has finished the handshake already.
        reply(220, tr("TrustDesk test listener (implicit FTPS) ready."));
    } else {
        reply(220, tr("TrustDesk test listener ready; use AUTH TLS."));
    }
}

FtpsSession::~FtpsSession() = default;

void FtpsSession::emitFinished()
{
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    emit finished();
}

void FtpsSession::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    reportAttempt(0, tr("the client left before the sign-on ended"));
    m_idle.stop();
    m_login.stop();
    closeData();
    // Whatever was last written (221, 421) still goes out before the socket closes.
    if (m_control->state() == QAbstractSocket::UnconnectedState)
        return emitFinished();
    QTimer::singleShot(5000, m_control, &QSslSocket::abort);
    m_control->disconnectFromHost();
}

void FtpsSession::reply(int code, const QString &text)
{
    if (m_control->state() == QAbstractSocket::ConnectedState)
        m_control->write(QByteArray::number(code) + ' ' + text.toUtf8() + "\r\n");
}

qint64 FtpsSession::replyBacklog() const
{
    return m_control->bytesToWrite() + m_control->encryptedBytesToWrite();
}

void FtpsSession::readControl()
{
    if (m_finishing || m_checkingPassword)
        return;
    // Called for every reply written too (the 150 of a transfer): while a transfer moves,
    // the idle timer stays off (transferEnded starts it again).
    if (m_transfers == 0)
        m_idle.start();
    for (;;) {
        // A client that sends without reading the replies is not read any further: its
        // bytes wait in the kernel, and TCP makes it wait too.
        if (m_finishing || m_checkingPassword || replyBacklog() > MaxReplyBacklog)
            return;
        FtpCommandReader::Command command;
        switch (m_commands.next(&command)) {
        case FtpCommandReader::State::NeedMore: {
            const QByteArray chunk = m_control->read(ReadChunk);
            if (chunk.isEmpty())
                return;
            m_commands.append(chunk);
            continue;
        }
        case FtpCommandReader::State::TooLong:
            reply(500, tr("Line too long."));
            finish();
            return;
        case FtpCommandReader::State::Ready:
            break;
        }
        try {
            handle(command.verb, command.argument);
        } catch (const StoreError &error) {
            // A full disk or a locked store: this session ends, the listener goes on.
            qWarning("FTPS: %s", qPrintable(error.message()));
            reply(421, tr("Service not available: the store cannot be used right now."));
            finish();
            return;
        }
    }
}

void FtpsSession::startTls(const QString &argument)
{
    if (m_control->isEncrypted())
        return reply(503, tr("Already using TLS."));
    if (argument.compare(QLatin1String("TLS"), Qt::CaseInsensitive) != 0 &&
        argument.compare(QLatin1String("SSL"), Qt::CaseInsensitive) != 0)
        return reply(504, tr("AUTH %1 is not supported; use AUTH TLS.").arg(argument));
    reply(234, tr("AUTH TLS OK."));
    // Whatever the client sent in the clear after AUTH TLS is not to be trusted as if it
    // had come over TLS (CVE-2011-0411): it is thrown away, unread.
    m_commands.discard();
    m_control->readAll();
    m_control->setSslConfiguration(m_config.tls);
    m_control->startServerEncryption();
}

void FtpsSession::handle(const QByteArray &verb, const QString &argument)
{
    const bool encrypted = m_control->isEncrypted();
    if (verb == "AUTH")
        return startTls(argument);
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
        const QString real = m_folder.resolve(m_cwd, target);
        if (real.isEmpty() || !QFileInfo(real).isDir())
            return reply(550, tr("No such directory."));
        m_cwd = m_folder.virtualPath(real);
        return reply(250, tr("Directory changed to %1").arg(m_cwd));
    }
    if (verb == "TYPE")
        return reply(200, tr("Type set to %1.").arg(argument.toUpper()));
    if (verb == "PASV" || verb == "EPSV")
        return passive(verb == "EPSV");
    if (verb == "SIZE") {
        const QString real = m_folder.resolve(m_cwd, argument);
        if (real.isEmpty() || !QFileInfo(real).isFile())
            return reply(550, tr("No such file."));
        return reply(213, QString::number(QFileInfo(real).size()));
    }
    if (verb == "DELE") {
        const QString real = m_folder.resolve(m_cwd, argument);
        if (real.isEmpty() || !m_folder.remove(real))
            return reply(550, tr("Cannot delete that."));
        return reply(250, tr("Deleted."));
    }
    if (verb == "LIST" || verb == "NLST" || verb == "RETR" || verb == "STOR")
        return transfer(QString::fromLatin1(verb), argument);
    reply(502, tr("Command not implemented."));
}

void FtpsSession::signOnEnded(int code, const QString &text)
{
    reply(code, text);
    reportAttempt(code, text);
}

void FtpsSession::reportAttempt(int code, const QString &text)
{
    if (!m_attempt)
        return;
    ListenerEvent event = *m_attempt;
    m_attempt.reset();
    event.outcome = code ? QStringLiteral("%1 %2").arg(code).arg(text) : text;
    event.signedOn = code == 230;
    emit attemptSeen(event);
}

void FtpsSession::signOut()
{
    reportAttempt(0, tr("a new USER started over"));
    m_state = State::Start;
    m_user.clear();
    m_folder = UserFolder();
    m_cwd = QStringLiteral("/");
    closeData();
}

void FtpsSession::user(const QString &name)
{
    // A new USER starts a new sign-on: nothing of the previous one is kept.
    signOut();
    m_user = name;
    const QList<Certificate> chain = PeerChain::toCertificates(m_control->peerCertificateChain());
    ListenerEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.clientAddress = m_control->peerAddress().toString();
    event.interface = Interface::Ftps;
    event.username = name;
    event.chain = chain;
    event.certificate = event.chain.value(0);
    event.verdict = tr("no certificate consulted");
    const bool cutOff = m_config.machineInterfaceCutOff;
    if (cutOff) {
        // The sign-on would be checked through the site's machine interface, which the
        // site-wide Accept flag has cut off: it fails at PASS, whoever signs on.
        event.sign = ListenerEvent::Sign::TransferRefused;
        event.verdict = tr("sign-on refused: the site-wide Accept flag is set");
    }
    const auto profile = cutOff ? std::nullopt : m_recorder.findUser(name);
    // An unknown or disabled user is asked for a password like anyone else, and fails
    // there (after the same work): the reply does not tell who exists.
    if (!profile || profile->disabled || profile->ftpsPolicy == Policy::Password) {
        m_attempt = event;
        m_state = State::NeedPassword;
        return reply(331, tr("Password required for %1").arg(name));
    }
    const AttemptOutcome outcome = m_recorder.attempt(chain, profile->username, Interface::Ftps,
                                                      m_control->peerAddress().toString());
    event.username = profile->username;
    const bool accepted =
        outcome.verdict && outcome.verdict->authenticate && outcome.verdict->authenticate->ok;
    event.verdict =
        !outcome.verdict               ? tr("no certificate")
        : !outcome.verdict->connect.ok ? tr("cannot connect")
        : accepted
            ? tr("authenticates (%1)").arg(conditionName(outcome.verdict->authenticate->condition))
            : tr("connects, does not authenticate");
    m_attempt = event;
    if (!accepted) {
        m_user.clear();
        return signOnEnded(530,
                           QStringLiteral("Not logged in. Client Certificate is not registered."));
    }
    m_user = profile->username;
    if (profile->ftpsPolicy == Policy::PasswordAndCertificate) {
        m_state = State::NeedPassword;
        return reply(331, tr("Password required for %1").arg(m_user));
    }
    enterHome(); // certificate alone: signed on
}

void FtpsSession::password(const QString &secret)
{
    if (m_state != State::NeedPassword || m_user.isEmpty())
        return reply(503, tr("Login with USER first."));
    if (m_config.machineInterfaceCutOff) {
        m_state = State::Start;
        return signOnEnded(530, tr("Not logged in: the FTP service cannot reach the web site's "
                                   "machine interface, because the whole site asks for client "
                                   "certificates (the site-wide Accept flag). Accept "
                                   "certificates on the sign-on gateways only."));
    }
    if (!m_config.passwords)
        return reply(421, tr("Service not available."));
    const QString hash = m_recorder.passwordHash(m_user); // "" for unknown or disabled users
    m_checkingPassword = true;
    // The client waits for the server now, which may queue the check behind others: that is
    // not idleness (the sign-on deadline still holds). readControl starts the timer again.
    m_idle.stop();
    m_config.passwords->check(hash, secret.toUtf8(), m_control->peerAddress().toString(), m_user,
                              this, [this](PasswordCheck::Result result) {
                                  m_checkingPassword = false;
                                  try {
                                      passwordChecked(result);
                                  } catch (const StoreError &error) {
                                      qWarning("FTPS: %s", qPrintable(error.message()));
                                      reply(421, tr("Service not available: the store cannot be "
                                                    "used right now."));
                                      return finish();
                                  }
                                  readControl(); // the commands that waited
                              });
}

void FtpsSession::passwordChecked(PasswordCheck::Result result)
{
    switch (result) {
    case PasswordCheck::Result::Accepted: {
        // Still there and enabled now that the check is done.
        const auto profile = m_recorder.findUser(m_user);
        if (profile && !profile->disabled) {
            m_user = profile->username;
            return enterHome();
        }
        break;
    }
    case PasswordCheck::Result::Throttled:
        m_state = State::Start;
        return signOnEnded(
            530, tr("Not logged in: too many failed sign-ons; try again in %n "
                    "second(s).",
                    nullptr,
                    m_config.passwords->pauseLeft(m_control->peerAddress().toString(), m_user)));
    case PasswordCheck::Result::Busy:
        m_state = State::Start;
        return signOnEnded(421, tr("Too many sign-ons at once; try again shortly."));
    case PasswordCheck::Result::Refused:
        break;
    }
    m_state = State::Start;
    signOnEnded(530, tr("Not logged in."));
}

void FtpsSession::enterHome()
{
    // The folder is named after the user; a name that could not be a folder is refused
    // (stores older than the name rules may hold one).
    try {
        NameRules::validate(tr("username"), m_user);
    } catch (const std::exception &) {
        signOnEnded(530, tr("Not logged in: this username cannot have a folder."));
        return signOut();
    }
    if (!QDir(m_config.root).mkpath(m_user)) {
        signOnEnded(451, tr("Cannot create the user's folder."));
        return signOut();
    }
    m_folder = UserFolder(QDir(m_config.root).filePath(m_user));
    if (!m_folder.isValid() || !m_folder.home().startsWith(m_config.root + QLatin1Char('/'))) {
        signOnEnded(451, tr("Cannot use the user's folder."));
        return signOut();
    }
    m_state = State::LoggedIn;
    m_cwd = QStringLiteral("/");
    m_login.stop();
    signOnEnded(230, tr("User %1 logged in.").arg(m_user));
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
        // The handshake too must come within the idle timeout.
        watchProgress(m_data);
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
    if (m_pendingJob) {
        m_pendingJob = nullptr; // that transfer will not happen
        transferEnded();
    }
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

void FtpsSession::transferEnded()
{
    if (--m_transfers == 0 && !m_finishing)
        m_idle.start();
}

void FtpsSession::watchProgress(TlsDataChannel *data)
{
    auto *stalled = new QTimer(data);
    stalled->setSingleShot(true);
    stalled->setInterval(m_config.idleTimeoutMs);
    connect(stalled, &QTimer::timeout, data, &TlsDataChannel::abort);
    connect(data, &TlsDataChannel::received, stalled, qOverload<>(&QTimer::start));
    connect(data, &TlsDataChannel::written, stalled, qOverload<>(&QTimer::start));
    stalled->start();
}

void FtpsSession::transferDone(TlsDataChannel *data, int code, const QString &text)
{
    // The reply goes out once the data connection is closed, as clients expect.
    connect(data, &TlsDataChannel::closed, this, [this, code, text] {
        reply(code, text);
        transferEnded();
    });
    data->close();
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
    const QString real = m_folder.resolve(m_cwd, path.isEmpty() ? QStringLiteral(".") : path);
    if (real.isEmpty())
        return reply(550, tr("Permission denied."));
    QString error;
    std::shared_ptr<QFile> download;
    std::shared_ptr<UserFolder::Upload> upload;
    if (verb == QLatin1String("RETR")) {
        download = m_folder.openForReading(real, &error);
        if (!download)
            return reply(550, tr("No such file."));
    } else if (isList) {
        if (!QFileInfo(real).exists())
            return reply(550, tr("No such file or directory."));
    } else { // STOR
        if (path.isEmpty() || real == m_folder.home())
            return reply(553, tr("Not a file name."));
        upload = m_folder.beginUpload(real, &error);
        if (!upload)
            return reply(553, tr("Cannot write that file: %1.").arg(error));
    }
    reply(150, tr("Opening data connection."));
    ++m_transfers;
    m_idle.stop(); // a long transfer is not idleness; the data channel has its own end
    // A client that never opens the data connection does not keep the session for ever.
    const quint64 serial = ++m_pendingSerial;
    QTimer::singleShot(m_config.idleTimeoutMs, this, [this, serial] {
        if (serial == m_pendingSerial && m_pendingJob) {
            closeData();
            reply(425, tr("No data connection was opened."));
        }
    });
    runWhenDataReady([this, verb, real, isList, download, upload](TlsDataChannel *data) {
        m_data = nullptr; // this transfer owns it now; the next needs another PASV
        if (isList) {
            data->write(listing(real, verb == QLatin1String("NLST")).toUtf8());
            return transferDone(data, 226, tr("Transfer complete."));
        }
        if (download)
            return retrieve(data, download);
        store(data, upload);
    });
}

void FtpsSession::retrieve(TlsDataChannel *data, std::shared_ptr<QFile> file)
{
    // Streamed: a chunk whenever the client has taken most of what was sent.
    auto finished = std::make_shared<bool>(false);
    const auto pump = [this, data, file, finished] {
        if (*finished)
            return;
        while (data->bytesToWrite() < SendWindow) {
            const QByteArray chunk = file->read(FileChunk);
            if (chunk.isEmpty()) {
                *finished = true;
                const bool complete = file->atEnd();
                file->close();
                return transferDone(data, complete ? 226 : 451,
                                    complete ? tr("Transfer complete.")
                                             : tr("Cannot read the file."));
            }
            data->write(chunk);
        }
    };
    connect(data, &TlsDataChannel::written, this, pump);
    connect(data, &TlsDataChannel::closed, this, [this, finished] {
        if (*finished)
            return;
        *finished = true; // the client went away in the middle, or stalled
        reply(426, tr("Transfer aborted."));
        transferEnded();
    });
    pump();
}

void FtpsSession::store(TlsDataChannel *data, std::shared_ptr<UserFolder::Upload> upload)
{
    // Into a temporary file, put in place only when the whole upload arrived.
    auto received = std::make_shared<qint64>(0);
    connect(data, &TlsDataChannel::received, this,
            [this, data, upload, received](const QByteArray &chunk) {
                *received += chunk.size();
                // Over the limit: nothing more is kept; the rest is read and dropped so
                // the client hears 552 instead of a reset, up to a bound.
                if (*received > m_config.maxUpload + DiscardAllowance)
                    return data->abort();
                if (*received <= m_config.maxUpload)
                    upload->file().write(chunk);
            });
    connect(data, &TlsDataChannel::closed, this, [this, upload, received] {
        transferEnded();
        if (*received > m_config.maxUpload) {
            upload->cancel();
            return reply(552, tr("Upload larger than %1 bytes refused.").arg(m_config.maxUpload));
        }
        if (!upload->commit())
            return reply(451, tr("Cannot write that file."));
        reply(226, tr("Transfer complete."));
    });
}

} // namespace trustdesk
