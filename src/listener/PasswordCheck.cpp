#include "PasswordCheck.h"

#include "x509/OpenSslThreadGuard.h"

#include "store/PasswordHasher.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <atomic>

namespace trustdesk {

namespace {

// Bounds the memory of the throttle: beyond this many keys, the oldest are forgotten.
constexpr int MaxTracked = 10000;

QString addressKey(const QString &address)
{
    return QStringLiteral("a:") + address;
}

QString userKey(const QString &username)
{
    return QStringLiteral("u:") + username.trimmed().toCaseFolded();
}

// Made once, with the real cost: verifying against it is what an unknown user costs.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QByteArrayLiteral("no such user"));
    return hash;
}

} // namespace

PasswordCheck::PasswordCheck(QObject *parent)
    : QObject(parent), m_pending(std::make_shared<std::atomic<int>>(0))
{}

PasswordCheck::~PasswordCheck() = default;

int PasswordCheck::pauseLeftFor(const QString &key, const QDateTime &now) const
{
    const auto it = m_failures.constFind(key);
    if (it == m_failures.constEnd())
        return 0;
    int recent = 0;
    for (const QDateTime &at : *it)
        recent += at.secsTo(now) < WindowSeconds ? 1 : 0;
    if (recent < MaxFailures)
        return 0;
    return qMax(0, PauseSeconds - int(it->last().secsTo(now)));
}

int PasswordCheck::pauseLeft(const QString &address, const QString &username) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return qMax(pauseLeftFor(addressKey(address), now), pauseLeftFor(userKey(username), now));
}

void PasswordCheck::recordFailure(const QString &key)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_failures.size() >= MaxTracked && !m_failures.contains(key)) {
        // Forget the keys whose failures have all aged out; if none, the oldest one.
        for (auto it = m_failures.begin(); it != m_failures.end();)
            it = it->last().secsTo(now) >= WindowSeconds ? m_failures.erase(it) : std::next(it);
        if (m_failures.size() >= MaxTracked) {
            auto oldest = m_failures.begin();
            for (auto it = m_failures.begin(); it != m_failures.end(); ++it)
                if (it->last() < oldest->last())
                    oldest = it;
            m_failures.erase(oldest);
        }
    }
    QList<QDateTime> &list = m_failures[key];
    list << now;
    while (list.size() > MaxFailures)
        list.removeFirst();
}

void PasswordCheck::check(const QString &storedHash, const QByteArray &password,
                          const QString &address, const QString &username, QObject *context,
                          std::function<void(Result)> done)
{
    QPointer<QObject> alive(context);
    const auto finish = [alive, done](Result result) {
        if (alive)
            done(result);
    };
    if (pauseLeft(address, username) > 0)
        return finish(Result::Throttled);
    if (m_pending->load() >= MaxPending)
        return finish(Result::Busy);
    m_pending->fetch_add(1);
    auto pending = m_pending;
    const QFuture<bool> future = QtConcurrent::run([storedHash, password, pending] {
        const OpenSslThreadGuard openSsl;
        const bool known = !storedHash.isEmpty();
        const bool ok = PasswordHasher::verify(password, known ? storedHash : dummyHash());
        pending->fetch_sub(1);
        return known && ok;
    });
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this,
            [this, watcher, address, username, finish] {
                const bool accepted = watcher->result();
                watcher->deleteLater();
                if (!accepted) {
                    recordFailure(addressKey(address));
                    recordFailure(userKey(username));
                }
                finish(accepted ? Result::Accepted : Result::Refused);
            });
    watcher->setFuture(future);
}

} // namespace trustdesk
