// One FTPS control connection (RULES.md section 5): explicit (AUTH TLS on a clear start)
// or implicit (TLS from the first byte). The client certificate of the control channel is
// consulted right after USER: a certificate that is not accepted gets "530 Not logged in.
// Client Certificate is not registered." (and the holding tank its pair); an accepted one
// leads to 331 for password+certificate or straight to 230 for certificate. Enough FTP for
// real clients: FEAT SYST PBSZ PROT PWD CWD CDUP TYPE EPSV PASV LIST NLST RETR STOR DELE SIZE
// NOOP QUIT, passive data connections under TLS, each user confined to a folder of their
// own (root/ORGANISATION/USER, see UserFolder).
//
// Against hostile clients: commands are taken only while the replies are being read (a
// client that sends without reading stops being read, and TCP stops it); a session that has
// not signed on within loginTimeoutMs ends, as does one idle for idleTimeoutMs (not while a
// transfer moves or a password is being checked); plaintext sent after AUTH TLS is discarded
// (CVE-2011-0411); passwords are checked off the event loop (PasswordCheck); files are
// streamed, never held whole.
#pragma once

#include "FtpCommandReader.h"
#include "HttpsSite.h"
#include "PasswordCheck.h"
#include "PeerChain.h"
#include "TlsDataChannel.h"
#include "UserFolder.h"
#include "services/AttemptService.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace trustdesk {

struct FtpsConfig
{
    QString root;                        // the organisation's folder: users get root/<user>
    qint64 maxUpload = 64 * 1024 * 1024; // bytes per file
    int idleTimeoutMs = 60000;
    int loginTimeoutMs = 60000;           // from the connection to a completed sign-on
    QSslConfiguration tls;                // the control channel's, for AUTH TLS
    std::shared_ptr<SSL_CTX> dataContext; // the data connections' (see TlsDataChannel)
    PasswordCheck *passwords = nullptr;
    // Accept site-wide: the FTP service cannot reach the site's machine interface, so every
    // sign-on fails with a 530 that says why (RULES.md section 5).
    bool machineInterfaceCutOff = false;
};

class FtpsSession : public QObject
{
    Q_OBJECT
public:
    // Unsent replies beyond this stop the reading of commands until the client reads.
    static constexpr qint64 MaxReplyBacklog = 64 * 1024;

    FtpsSession(QSslSocket *control, bool implicit, const FtpsConfig &config,
                AttemptService &recorder, QObject *parent = nullptr);
    ~FtpsSession() override;

signals:
    void attemptSeen(const trustdesk::ListenerEvent &event);
    void finished(); // exactly once

private:
    enum class State
    {
        Start,
        NeedPassword,
        LoggedIn
    };
    void readControl();
    qint64 replyBacklog() const;
    void handle(const QByteArray &verb, const QString &argument);
    void startTls(const QString &argument);
    void reply(int code, const QString &text);
    void user(const QString &name);
    void password(const QString &secret);
    void passwordChecked(PasswordCheck::Result result);
    void enterHome();
    void signOut();
    // The sign-on attempt goes to the panel once its outcome is known (after PASS when a
    // password is asked for), with the reply the client got.
    void reportAttempt(int code, const QString &text);
    void signOnEnded(int code, const QString &text); // the reply, and the attempt reported
    void passive(bool extended);
    void transfer(const QString &verb, const QString &argument);
    void retrieve(TlsDataChannel *data, std::shared_ptr<QFile> file);
    void store(TlsDataChannel *data, std::shared_ptr<UserFolder::Upload> upload);
    void transferDone(TlsDataChannel *data, int code, const QString &text);
    void transferEnded();
    // A data connection that moves nothing for idleTimeoutMs is ended.
    void watchProgress(TlsDataChannel *data);
    void runWhenDataReady(std::function<void(TlsDataChannel *)> job);
    void closeData();
    QString listing(const QString &realPath, bool namesOnly) const;
    void finish();
    void emitFinished();

    QSslSocket *m_control;
    bool m_implicit;
    FtpsConfig m_config;
    AttemptService &m_recorder;
    FtpCommandReader m_commands;
    State m_state = State::Start;
    QString m_user;
    std::optional<ListenerEvent> m_attempt; // reported when its sign-on ends
    UserFolder m_folder;
    QString m_cwd = QStringLiteral("/");
    bool m_protected = false;
    bool m_checkingPassword = false; // no command is taken meanwhile
    int m_transfers = 0;             // under way: the idle timeout waits for them
    QTimer m_idle;
    QTimer m_login;
    QTcpServer *m_passive = nullptr;
    QPointer<TlsDataChannel> m_data;
    std::function<void(TlsDataChannel *)> m_pendingJob; // a transfer waiting for its connection
    quint64 m_pendingSerial = 0;
    bool m_finishing = false;
    bool m_finishedEmitted = false;
};

} // namespace trustdesk
