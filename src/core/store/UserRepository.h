// Users of an organisation and their accepted credentials (RULES 1 and 3).
#pragma once

#include "../domain/CredentialKind.h"
#include "StoreQueries.h"
#include "StoreRecords.h"

#include "UserIndex.h"
#include <QCache>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <optional>

namespace trustdesk {

class Store;

class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    explicit UserRepository(Store &store);
    ~UserRepository();

    // Every user with credentials, by username (small organisations, exports).
    QList<UserRecord> list(qint64 organisationId);
    // The user with credentials, usernames compared without case; the listener's hot path,
    // served from a bounded cache while the store has not changed (see ChangeStamp), or
    // from the index below.
    std::optional<UserProfile> find(qint64 organisationId, const QString &username);
    // On a shared store that announces changes: find() answers from an index of every user
    // of the organisation, read at its first lookup and then kept current user by user
    // (the server announces each changed user; this connection's own writes mark theirs),
    // so that a sign-on of a user not seen before costs no round trip to the server. For
    // the listener; the desktop's views page through the store instead.
    void setIndexed(bool indexed);
    // Whether find() answers from the index now (asked for, and the announcements current).
    bool isIndexInUse();
    // A user changed: read again at the next lookup.
    void userChanged(qint64 organisationId, const QString &usernameKey);
    UserRecord get(qint64 organisationId, const QString &username); // throws InputError
    qint64 idOf(qint64 organisationId, const QString &username);    // throws InputError

    void add(qint64 organisationId, const UserProfile &profile,
             const std::optional<QByteArray> &password);
    // Adds many new users with their credentials in one transaction, each audited as
    // user.add, or none: `progress(done)` is called every 1,000 users and stops the whole
    // (InputError) when it returns false. Without passwords. Throws InputError for a user
    // that exists already, its message starting with `where(index)` when given.
    void addMany(qint64 organisationId, const QList<UserProfile> &users,
                 const std::function<bool(int)> &progress = {},
                 const std::function<QString(int)> &where = {});
    // Applies full name, status and policies of `profile` (matched by username), audited.
    void update(qint64 organisationId, const UserProfile &profile);
    // Hashes (slowly, before taking the write lock) and stores the password.
    void setPassword(qint64 organisationId, const QString &username, const QByteArray &password);
    // Stores a hash made by PasswordHasher, audited.
    void setPasswordHash(qint64 organisationId, const QString &username, const QString &hash);
    // The stored hash, or empty when the user is unknown or has no password.
    QString passwordHash(qint64 organisationId, const QString &username);
    bool verifyPassword(qint64 organisationId, const QString &username, const QByteArray &password);
    void remove(qint64 organisationId, const QString &username);

    // The value is validated and normalised; a duplicate is InputError. Audited.
    void addCredential(qint64 organisationId, const QString &username, CredentialKind kind,
                       const QString &value);
    void removeCredential(qint64 organisationId, const QString &username, CredentialKind kind,
                          const QString &value);
    // Inside the caller's transaction and audit: adds the credential unless the user holds
    // it already. Returns whether it was new.
    bool insertCredential(qint64 userId, CredentialKind kind, const QString &value);
    // The stored and the comparison form of a credential; throws InputError for bad values.
    static QPair<QString, QString> normaliseCredential(CredentialKind kind, const QString &value);

    // A row's columns 0-5 (id, username, full_name, disabled, https_policy, ftps_policy)
    // as a profile without credentials; UserDirectory reads its pages with it.
    static UserProfile profileFromRow(const QSqlQuery &query);
    // The SQL of a user's pending holding-tank entries, for a query over `users u`.
    static constexpr const char *PendingTankCount =
        " (SELECT COUNT(*) FROM tank t WHERE t.organisation_id = u.organisation_id"
        " AND t.user_id = u.id AND t.kind <> 'untrusted-ca')";

private:
    [[noreturn]] void unknownUser(qint64 organisationId, const QString &username);
    // The user's id and the username as the store spells it; throws InputError.
    QPair<qint64, QString> identify(qint64 organisationId, const QString &username);

    std::optional<UserProfile> read(qint64 organisationId, const QString &usernameKey);

    // Every user of the organisation with credentials, by username key (for the index).
    QHash<QString, UserProfile> readAll(qint64 organisationId);
    std::optional<UserProfile> findIndexed(qint64 organisationId, const QString &usernameKey);

    Store &m_store;
    std::unique_ptr<QSqlQuery> m_find; // prepared once: the listener's hot path
    // Unknown users are remembered too, so that a client guessing names costs no more.
    static constexpr int CachedUsers = 16384;
    QCache<QPair<qint64, QString>, std::optional<UserProfile>> m_cache{CachedUsers};
    quint64 m_cacheStamp = 0;
    bool m_indexed = false;
    UserIndex m_index;
};

} // namespace trustdesk
