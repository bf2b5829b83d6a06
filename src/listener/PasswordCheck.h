// Checks sign-on passwords off the event loop. PBKDF2 at 600,000 rounds keeps a core busy
// for a good part of a second; a listener that hashed on its own thread would stop every
// other session (and the desktop application around it) for that long, and pipelined
// USER/PASS lines would stop it for good. Here the hashing runs in a thread pool, a bounded
// number at a time; unknown users and users without a password cost the same as real ones
// (a hash of a dummy is verified), so the time to answer tells nobody who exists; and
// failed attempts are throttled per client address and per username.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace trustdesk {

class PasswordCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFailures = 5;     // failures within the window before a pause
    static constexpr int WindowSeconds = 900; // how long a failure counts
    static constexpr int PauseSeconds = 60;   // how long sign-ons are refused then
    static constexpr int MaxPending = 128;    // checks queued or running at once

    enum class Result
    {
        Accepted,
        Refused,   // wrong password, unknown user, or no password
        Throttled, // too many failures for this address or username: not even tried
        Busy,      // too many checks under way: not tried
    };

    explicit PasswordCheck(QObject *parent = nullptr);
    ~PasswordCheck() override;

    // Verifies `password` against `storedHash` (empty: no such user or no password, which
    // is refused after the same work) and calls `done` on this thread, unless `context`
    // was destroyed in the meantime.
    void check(const QString &storedHash, const QByteArray &password, const QString &address,
               const QString &username, QObject *context, std::function<void(Result)> done);
    // Seconds until `address` or `username` may try again (0: now).
    int pauseLeft(const QString &address, const QString &username) const;

private:
    void recordFailure(const QString &key);
    int pauseLeftFor(const QString &key, const QDateTime &now) const;

    QHash<QString, QList<QDateTime>> m_failures; // "a:ADDRESS" and "u:username key"
    std::shared_ptr<std::atomic<int>> m_pending;
};

} // namespace trustdesk
