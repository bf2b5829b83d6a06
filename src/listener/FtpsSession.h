// One FTPS control connection (RULES.md section 5): explicit (AUTH TLS on a clear start)
// or implicit (TLS from the first byte). The client certificate of the control channel is
// consulted right after USER: a certificate that is not accepted gets "530 Not logged in.
// Client Certificate is not registered." (and the holding tank its pair); an accepted one
// leads to 331 for password+certificate or straight to 230 for certificate. Enough FTP for
// real clients: FEAT SYST PBSZ PROT PWD CWD CDUP TYPE EPSV PASV LIST NLST RETR STOR DELE SIZE
// NOOP QUIT, passive data connections under TLS, each user confined to a folder of their
// own below the root, with size limits.
#pragma once

#include "FtpCommandReader.h"
#include "HttpsSite.h"
#include "PeerChain.h"
#include "TlsDataChannel.h"
#include "services/AttemptService.h"

#include <QDir>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <functional>
#include <memory>

namespace trustdesk {

struct FtpsConfig
{
    QString root;                        // each user gets root/<username>
    qint64 maxUpload = 64 * 1024 * 1024; // bytes per file
    qint64 maxDownload = 256 * 1024 * 1024;
    int idleTimeoutMs = 60000;
    QSslConfiguration tls;                // the control channel's, for AUTH TLS
    std::shared_ptr<SSL_CTX> dataContext; // the data connections' (see TlsDataChannel)
};

class FtpsSession : public QObject
{
    Q_OBJECT
public:
    FtpsSession(QSslSocket *control, bool implicit, const FtpsConfig &config,
                AttemptService &recorder, QObject *parent = nullptr);
    ~FtpsSession() override;

signals:
    void attemptSeen(const trustdesk::ListenerEvent &event);
    void finished();

private:
    enum class State
    {
        Start,
        NeedPassword,
        LoggedIn
    };
    void readControl();
    void handle(const QByteArray &verb, const QString &argument);
    void reply(int code, const QString &text);
    void user(const QString &name);
    void password(const QString &secret);
    void enterHome();
    void passive(bool extended);
    void transfer(const QString &verb, const QString &argument);
    void runWhenDataReady(std::function<void(TlsDataChannel *)> job);
    void closeData();
    // The real path for a client's path, or "" when it would leave the user's folder.
    QString resolve(const QString &path) const;
    QString listing(const QString &realPath, bool namesOnly) const;
    void finish();

    QSslSocket *m_control;
    bool m_implicit;
    FtpsConfig m_config;
    AttemptService &m_recorder;
    FtpCommandReader m_commands;
    State m_state = State::Start;
    QString m_user;
    QString m_home; // the user's folder, canonical
    QString m_cwd = QStringLiteral("/");
    bool m_protected = false;
    QTimer m_idle;
    QTcpServer *m_passive = nullptr;
    QPointer<TlsDataChannel> m_data;
    std::function<void(TlsDataChannel *)> m_pendingJob;
    bool m_finishing = false;
};

} // namespace trustdesk
