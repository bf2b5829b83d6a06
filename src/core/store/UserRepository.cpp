#include "UserRepository.h"

#include <QVarLengthArray>

#include <algorithm>
#include <tuple>

#include "../InputError.h"
#include "../domain/CommonName.h"
#include "../domain/NameRules.h"
#include "PasswordHasher.h"
#include "SqlSupport.h"
#include "Store.h"
#include "StoreChangeFeed.h"

#include <QHash>
#include <QJsonArray>

namespace trustdesk {

using namespace sql;

namespace {

QJsonObject userJson(const UserProfile &user)
{
    return QJsonObject{{QStringLiteral("username"), user.username},
                       {QStringLiteral("full_name"), user.fullName},
                       {QStringLiteral("disabled"), user.disabled},
                       {QStringLiteral("https_policy"), UserProfile::policyName(user.httpsPolicy)},
                       {QStringLiteral("ftps_policy"), UserProfile::policyName(user.ftpsPolicy)}};
}

UserProfile readProfile(const QSqlQuery &query)
{
    UserProfile profile;
    profile.id = query.value(0).toLongLong();
    profile.username = query.value(1).toString();
    profile.fullName = query.value(2).toString();
    profile.disabled = query.value(3).toBool();
    profile.httpsPolicy =
        UserProfile::policyFromText(query.value(4).toString()).value_or(Policy::Password);
    profile.ftpsPolicy =
        UserProfile::policyFromText(query.value(5).toString()).value_or(Policy::Password);
    return profile;
}

void validateFullName(const QString &fullName)
{
    if (fullName.size() > 128 || CommonName::hasControlCharacter(fullName))
        throw InputError(UserRepository::tr("full name '%1' is longer than 128 characters or "
                                            "contains a control character")
                             .arg(fullName.left(128).toHtmlEscaped()));
}

void addToProfile(UserProfile &profile, const QString &kind, const QString &value)
{
    if (kind == QLatin1String("thumbprint"))
        profile.thumbprints << value;
    else if (kind == QLatin1String("cn"))
        profile.commonNames << value;
}

} // namespace

UserRepository::UserRepository(Store &store) : m_store(store) {}

UserProfile UserRepository::profileFromRow(const QSqlQuery &query)
{
    return readProfile(query);
}

UserRepository::~UserRepository() = default;

void UserRepository::unknownUser(qint64 organisationId, const QString &username)
{
    throw InputError(tr("unknown user '%1' in organisation '%2'")
                         .arg(username, m_store.organisations().nameOf(organisationId)));
}

QList<UserRecord> UserRepository::list(qint64 organisationId)
{
    QSqlQuery query = prepared(
        m_store.database(),
        QStringLiteral(
            "SELECT u.id, u.username, u.full_name, u.disabled, u.https_policy, u.ftps_policy,"
            " u.password_hash IS NOT NULL, u.created,") +
            QLatin1String(UserRepository::PendingTankCount) +
            QStringLiteral(" FROM users u WHERE u.organisation_id = ? ORDER BY u.username_key"));
    query.addBindValue(organisationId);
    run(query);
    QList<UserRecord> out;
    QHash<qint64, int> index;
    while (query.next()) {
        UserRecord record;
        record.profile = readProfile(query);
        record.hasPassword = query.value(6).toBool();
        record.created = fromIso(query.value(7));
        record.pendingTankEntries = query.value(8).toInt();
        index.insert(record.profile.id, out.size());
        out << record;
    }
    QSqlQuery creds = prepared(
        m_store.database(),
        QStringLiteral(
            "SELECT c.user_id, c.kind, c.value FROM credentials c JOIN users u ON u.id = c.user_id"
            " WHERE u.organisation_id = ? ORDER BY c.id"));
    creds.addBindValue(organisationId);
    run(creds);
    while (creds.next()) {
        const int at = index.value(creds.value(0).toLongLong(), -1);
        if (at >= 0)
            addToProfile(out[at].profile, creds.value(1).toString(), creds.value(2).toString());
    }
    return out;
}

void UserRepository::setIndexed(bool indexed)
{
    m_indexed = indexed;
    m_index.clear();
}

bool UserRepository::isIndexInUse()
{
    StoreChangeFeed *feed = m_store.changeFeed();
    if (m_indexed && feed && feed->isCurrent())
        return true;
    m_index.clear(); // without announcements it would go stale unseen
    return false;
}

void UserRepository::userChanged(qint64 organisationId, const QString &usernameKey)
{
    m_index.markChanged(organisationId, usernameKey);
}

QHash<QString, UserProfile> UserRepository::readAll(qint64 organisationId)
{
    QHash<QString, UserProfile> out;
    QHash<qint64, QString> keysById;
    QSqlQuery users = prepared(
        m_store.database(),
        QStringLiteral("SELECT u.id, u.username, u.full_name, u.disabled, u.https_policy,"
                       " u.ftps_policy, u.username_key FROM users u WHERE u.organisation_id = ?"));
    users.setForwardOnly(true);
    users.addBindValue(organisationId);
    run(users);
    while (users.next()) {
        const QString key = users.value(6).toString();
        keysById.insert(users.value(0).toLongLong(), key);
        out.insert(key, readProfile(users));
    }
    users.finish();
    QSqlQuery creds = prepared(
        m_store.database(),
        QStringLiteral("SELECT c.user_id, c.kind, c.value FROM credentials c JOIN users u ON"
                       " u.id = c.user_id WHERE u.organisation_id = ? ORDER BY c.id"));
    creds.setForwardOnly(true);
    creds.addBindValue(organisationId);
    run(creds);
    while (creds.next()) {
        const auto key = keysById.constFind(creds.value(0).toLongLong());
        if (key != keysById.constEnd())
            addToProfile(out[*key], creds.value(1).toString(), creds.value(2).toString());
    }
    return out;
}

std::optional<UserProfile> UserRepository::findIndexed(qint64 organisationId,
                                                       const QString &usernameKey)
{
    if (!m_index.holds(organisationId))
        m_index.hold(organisationId, readAll(organisationId));
    if (!m_index.isStale(organisationId, usernameKey))
        return m_index.lookup(organisationId, usernameKey);
    const auto profile = read(organisationId, usernameKey); // may throw: then still stale
    m_index.replace(organisationId, usernameKey, profile);
    return profile;
}

std::optional<UserProfile> UserRepository::find(qint64 organisationId, const QString &username)
{
    if (m_store.inTransaction())
        return read(organisationId, username.toCaseFolded());
    if (isIndexInUse())
        return findIndexed(organisationId, username.toCaseFolded());
    const quint64 stamp = m_store.changeStamp();
    if (stamp != m_cacheStamp) {
        m_cache.clear();
        m_cacheStamp = stamp;
    }
    const QPair<qint64, QString> key{organisationId, username.toCaseFolded()};
    if (const auto *cached = m_cache.object(key))
        return *cached;
    auto profile = read(organisationId, key.second);
    m_cache.insert(key, new std::optional<UserProfile>(profile));
    return profile;
}

std::optional<UserProfile> UserRepository::read(qint64 organisationId, const QString &usernameKey)
{
    // One indexed query for the user and the credentials, prepared once.
    if (!m_find) {
        m_find = std::make_unique<QSqlQuery>(prepared(
            m_store.database(),
            QStringLiteral(
                "SELECT u.id, u.username, u.full_name, u.disabled, u.https_policy, u.ftps_policy,"
                " c.kind, c.value, c.id FROM users u LEFT JOIN credentials c ON c.user_id = u.id"
                " WHERE u.organisation_id = ? AND u.username_key = ?")));
        m_find->setForwardOnly(true);
    }
    QSqlQuery &query = *m_find;
    query.bindValue(0, organisationId);
    query.bindValue(1, usernameKey);
    run(query);
    std::optional<UserProfile> out;
    // The credentials in the order they were added; sorted here, which the index read
    // almost always gives already, rather than by a sort in SQL on every sign-on.
    QVarLengthArray<std::tuple<qint64, QString, QString>, 8> credentials;
    while (query.next()) {
        if (!out)
            out = readProfile(query);
        if (!query.isNull(8))
            credentials.append({query.value(8).toLongLong(), query.value(6).toString(),
                                query.value(7).toString()});
    }
    query.finish();
    std::sort(credentials.begin(), credentials.end(),
              [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
    for (const auto &[id, kind, value] : credentials)
        addToProfile(*out, kind, value);
    return out;
}

UserRecord UserRepository::get(qint64 organisationId, const QString &username)
{
    const auto profile = find(organisationId, username);
    if (!profile)
        unknownUser(organisationId, username);
    QSqlQuery query = prepared(m_store.database(),
                               QStringLiteral("SELECT u.password_hash IS NOT NULL, u.created,") +
                                   QLatin1String(UserRepository::PendingTankCount) +
                                   QStringLiteral(" FROM users u WHERE u.id = ?"));
    query.addBindValue(profile->id);
    run(query);
    query.next();
    UserRecord record;
    record.profile = *profile;
    record.hasPassword = query.value(0).toBool();
    record.created = fromIso(query.value(1));
    record.pendingTankEntries = query.value(2).toInt();
    return record;
}

qint64 UserRepository::idOf(qint64 organisationId, const QString &username)
{
    return identify(organisationId, username).first;
}

QPair<qint64, QString> UserRepository::identify(qint64 organisationId, const QString &username)
{
    QSqlQuery query = prepared(
        m_store.database(),
        QStringLiteral(
            "SELECT id, username FROM users WHERE organisation_id = ? AND username_key = ?"));
    query.addBindValue(organisationId);
    query.addBindValue(username.toCaseFolded());
    run(query);
    if (!query.next())
        unknownUser(organisationId, username);
    return {query.value(0).toLongLong(), query.value(1).toString()};
}

void UserRepository::add(qint64 organisationId, const UserProfile &profile,
                         const std::optional<QByteArray> &password)
{
    NameRules::validate(tr("username"), profile.username);
    validateFullName(profile.fullName);
    if (password && password->isEmpty())
        throw InputError(tr("the password for '%1' is empty").arg(profile.username));
    // Hash before the transaction: it is slow on purpose, and must not hold the write lock.
    const QString hash = password ? PasswordHasher::hash(*password) : QString();
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    userChanged(organisationId, profile.username.toCaseFolded());
    QSqlQuery exists =
        prepared(m_store.database(),
                 QStringLiteral(
                     "SELECT username FROM users WHERE organisation_id = ? AND username_key = ?"));
    exists.addBindValue(organisationId);
    exists.addBindValue(profile.username.toCaseFolded());
    run(exists);
    if (exists.next())
        throw InputError(tr("user '%1' already exists in organisation '%2' (as '%3'; usernames "
                            "are compared without case)")
                             .arg(profile.username, org, exists.value(0).toString()));
    QSqlQuery insert = prepared(
        m_store.database(),
        QStringLiteral(
            "INSERT INTO users (organisation_id, username, username_key, full_name, disabled,"
            " password_hash, https_policy, ftps_policy, created, full_name_key, username_cn_key,"
            " full_name_cn_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(organisationId);
    insert.addBindValue(profile.username);
    insert.addBindValue(profile.username.toCaseFolded());
    insert.addBindValue(text(profile.fullName));
    insert.addBindValue(profile.disabled ? 1 : 0);
    insert.addBindValue(hash.isEmpty() ? QVariant() : QVariant(hash));
    insert.addBindValue(UserProfile::policyName(profile.httpsPolicy));
    insert.addBindValue(UserProfile::policyName(profile.ftpsPolicy));
    insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(text(profile.fullName.toCaseFolded()));
    insert.addBindValue(text(CommonName::key(profile.username)));
    insert.addBindValue(text(CommonName::key(profile.fullName)));
    run(insert);
    QJsonObject after = userJson(profile);
    after.insert(QStringLiteral("password"),
                 password ? QStringLiteral("set") : QStringLiteral("none"));
    m_store.auditLog().record(org, QStringLiteral("user.add"),
                              QStringLiteral("user:%1").arg(profile.username), {}, after);
    transaction.commit();
}

void UserRepository::update(qint64 organisationId, const UserProfile &profile)
{
    validateFullName(profile.fullName);
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    userChanged(organisationId, profile.username.toCaseFolded());
    const auto before = find(organisationId, profile.username);
    if (!before)
        unknownUser(organisationId, profile.username);
    QSqlQuery update =
        prepared(m_store.database(), QStringLiteral("UPDATE users SET full_name = ?, disabled = ?, "
                                                    "https_policy = ?, ftps_policy = ?,"
                                                    " full_name_key = ?, full_name_cn_key = ?"
                                                    " WHERE id = ?"));
    update.addBindValue(text(profile.fullName));
    update.addBindValue(profile.disabled ? 1 : 0);
    update.addBindValue(UserProfile::policyName(profile.httpsPolicy));
    update.addBindValue(UserProfile::policyName(profile.ftpsPolicy));
    update.addBindValue(text(profile.fullName.toCaseFolded()));
    update.addBindValue(text(CommonName::key(profile.fullName)));
    update.addBindValue(before->id);
    run(update);
    UserProfile after = profile;
    after.username = before->username;
    m_store.auditLog().record(org, QStringLiteral("user.set"),
                              QStringLiteral("user:%1").arg(before->username), userJson(*before),
                              userJson(after));
    transaction.commit();
}

void UserRepository::setPassword(qint64 organisationId, const QString &username,
                                 const QByteArray &password)
{
    if (password.isEmpty())
        throw InputError(tr("the password for '%1' is empty").arg(username));
    setPasswordHash(organisationId, username, PasswordHasher::hash(password));
}

void UserRepository::setPasswordHash(qint64 organisationId, const QString &username,
                                     const QString &hash)
{
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    const UserRecord user = get(organisationId, username);
    QSqlQuery update = prepared(m_store.database(),
                                QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    update.addBindValue(hash);
    update.addBindValue(user.profile.id);
    run(update);
    m_store.auditLog().record(org, QStringLiteral("user.password"),
                              QStringLiteral("user:%1").arg(user.profile.username), {},
                              QJsonObject{{QStringLiteral("password"), QStringLiteral("changed")}});
    transaction.commit();
}

QString UserRepository::passwordHash(qint64 organisationId, const QString &username)
{
    QSqlQuery query = prepared(
        m_store.database(),
        QStringLiteral(
            "SELECT password_hash FROM users WHERE organisation_id = ? AND username_key = ?"));
    query.addBindValue(organisationId);
    query.addBindValue(username.toCaseFolded());
    run(query);
    return query.next() ? query.value(0).toString() : QString();
}

bool UserRepository::verifyPassword(qint64 organisationId, const QString &username,
                                    const QByteArray &password)
{
    const QString hash = passwordHash(organisationId, username);
    return !hash.isEmpty() && PasswordHasher::verify(password, hash);
}

void UserRepository::remove(qint64 organisationId, const QString &username)
{
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    userChanged(organisationId, username.toCaseFolded());
    const auto before = find(organisationId, username);
    if (!before)
        unknownUser(organisationId, username);
    QSqlQuery remove =
        prepared(m_store.database(), QStringLiteral("DELETE FROM users WHERE id = ?"));
    remove.addBindValue(before->id);
    run(remove);
    QJsonObject beforeJson = userJson(*before);
    beforeJson.insert(QStringLiteral("thumbprints"),
                      QJsonArray::fromStringList(before->thumbprints));
    beforeJson.insert(QStringLiteral("cns"), QJsonArray::fromStringList(before->commonNames));
    m_store.auditLog().record(org, QStringLiteral("user.remove"),
                              QStringLiteral("user:%1").arg(before->username), beforeJson, {});
    transaction.commit();
}

QPair<QString, QString> UserRepository::normaliseCredential(CredentialKind kind,
                                                            const QString &value)
{
    switch (kind) {
    case CredentialKind::Thumbprint: {
        const QString key = Thumbprint::parse(value).key();
        return {key, key};
    }
    case CredentialKind::CommonName: {
        const QString cn = value.trimmed();
        if (cn.isEmpty())
            throw InputError(tr("the CN is empty"));
        if (cn.size() > 256)
            throw InputError(tr("CN '%1...' is longer than 256 characters").arg(cn.left(32)));
        if (CommonName::hasControlCharacter(cn))
            throw InputError(tr("CN '%1' contains a control character").arg(cn.toHtmlEscaped()));
        if (CommonName::hasFormatCharacter(cn))
            throw InputError(tr("CN '%1' contains an invisible format character (a bidi "
                                "override or a zero-width character), which no certificate's "
                                "CN can match")
                                 .arg(cn.toHtmlEscaped()));
        return {cn, CommonName::key(cn)};
    }
    case CredentialKind::UntrustedCa:
        break;
    }
    throw InputError(tr("an untrusted CA is not a credential a user can hold"));
}

void UserRepository::addMany(qint64 organisationId, const QList<UserProfile> &users,
                             const std::function<bool(int)> &progress,
                             const std::function<QString(int)> &where)
{
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    // Each statement prepared once: on a database server a prepare is a round trip.
    QSqlQuery exists =
        prepared(m_store.database(),
                 QStringLiteral(
                     "SELECT username FROM users WHERE organisation_id = ? AND username_key = ?"));
    QSqlQuery insert = prepared(
        m_store.database(),
        QStringLiteral(
            "INSERT INTO users (organisation_id, username, username_key, full_name, disabled,"
            " password_hash, https_policy, ftps_policy, created, full_name_key, username_cn_key,"
            " full_name_cn_key) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery credential = prepared(
        m_store.database(),
        insertOrIgnore(QStringLiteral("credentials"),
                       QStringLiteral("(user_id, kind, value, value_key, added) VALUES (?, ?, ?, "
                                      "?, ?)")));
    const QString now = iso(QDateTime::currentDateTimeUtc());
    int done = 0;
    m_index.forget(organisationId); // many new users: read them all again when asked
    for (const UserProfile &profile : users) {
        NameRules::validate(tr("username"), profile.username);
        validateFullName(profile.fullName);
        exists.addBindValue(organisationId);
        exists.addBindValue(profile.username.toCaseFolded());
        run(exists);
        if (exists.next())
            throw InputError((where ? where(done) : QString()) +
                             tr("user '%1' already exists in organisation '%2' (as '%3'; "
                                "usernames are compared without case)")
                                 .arg(profile.username, org, exists.value(0).toString()));
        exists.finish();
        insert.addBindValue(organisationId);
        insert.addBindValue(profile.username);
        insert.addBindValue(profile.username.toCaseFolded());
        insert.addBindValue(text(profile.fullName));
        insert.addBindValue(profile.disabled ? 1 : 0);
        insert.addBindValue(UserProfile::policyName(profile.httpsPolicy));
        insert.addBindValue(UserProfile::policyName(profile.ftpsPolicy));
        insert.addBindValue(now);
        insert.addBindValue(text(profile.fullName.toCaseFolded()));
        insert.addBindValue(text(CommonName::key(profile.username)));
        insert.addBindValue(text(CommonName::key(profile.fullName)));
        run(insert);
        const qint64 id = insert.lastInsertId().toLongLong();
        const auto addCredentials = [&](CredentialKind kind, const QStringList &values) {
            for (const QString &value : values) {
                const auto [stored, key] = normaliseCredential(kind, value);
                credential.addBindValue(id);
                credential.addBindValue(credentialKindName(kind));
                credential.addBindValue(stored);
                credential.addBindValue(key);
                credential.addBindValue(now);
                run(credential);
            }
        };
        addCredentials(CredentialKind::Thumbprint, profile.thumbprints);
        addCredentials(CredentialKind::CommonName, profile.commonNames);
        QJsonObject after = userJson(profile);
        after.insert(QStringLiteral("password"), QStringLiteral("none"));
        after.insert(QStringLiteral("thumbprints"),
                     QJsonArray::fromStringList(profile.thumbprints));
        after.insert(QStringLiteral("cns"), QJsonArray::fromStringList(profile.commonNames));
        m_store.auditLog().record(org, QStringLiteral("user.add"),
                                  QStringLiteral("user:%1").arg(profile.username), {}, after);
        if (++done % 1000 == 0 && progress && !progress(done))
            throw InputError(tr("the import was cancelled; no user was added"));
    }
    if (progress && !progress(done))
        throw InputError(tr("the import was cancelled; no user was added"));
    transaction.commit();
    m_cache.clear();
}

bool UserRepository::insertCredential(qint64 userId, CredentialKind kind, const QString &value)
{
    m_index.markChangedById(userId);
    const auto [stored, key] = normaliseCredential(kind, value);
    QSqlQuery insert = prepared(
        m_store.database(),
        insertOrIgnore(QStringLiteral("credentials"),
                       QStringLiteral("(user_id, kind, value, value_key, added) VALUES (?, ?, ?, "
                                      "?, ?)")));
    insert.addBindValue(userId);
    insert.addBindValue(credentialKindName(kind));
    insert.addBindValue(stored);
    insert.addBindValue(key);
    insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    run(insert);
    return insert.numRowsAffected() > 0;
}

void UserRepository::addCredential(qint64 organisationId, const QString &username,
                                   CredentialKind kind, const QString &value)
{
    const QString stored = normaliseCredential(kind, value).first;
    const QString kindName = credentialKindName(kind);
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    const auto [id, name] = identify(organisationId, username);
    if (!insertCredential(id, kind, value))
        throw InputError(
            tr("user '%1' already has the %2 '%3'").arg(name, kindName, value.trimmed()));
    m_store.auditLog().record(
        org, QStringLiteral("credential.add"), QStringLiteral("user:%1").arg(name), {},
        QJsonObject{{QStringLiteral("kind"), kindName}, {QStringLiteral("value"), stored}});
    transaction.commit();
}

void UserRepository::removeCredential(qint64 organisationId, const QString &username,
                                      CredentialKind kind, const QString &value)
{
    const QString key = normaliseCredential(kind, value).second;
    const QString kindName = credentialKindName(kind);
    const QString org = m_store.organisations().nameOf(organisationId);
    Store::Transaction transaction(m_store);
    const auto [id, name] = identify(organisationId, username);
    m_index.markChangedById(id);
    QSqlQuery find = prepared(
        m_store.database(),
        QStringLiteral(
            "SELECT id, value FROM credentials WHERE user_id = ? AND kind = ? AND value_key = ?"));
    find.addBindValue(id);
    find.addBindValue(kindName);
    find.addBindValue(key);
    run(find);
    if (!find.next())
        throw InputError(tr("user '%1' has no %2 '%3'").arg(name, kindName, value.trimmed()));
    const QString removed = find.value(1).toString(); // as stored, not as typed
    QSqlQuery remove =
        prepared(m_store.database(), QStringLiteral("DELETE FROM credentials WHERE id = ?"));
    remove.addBindValue(find.value(0));
    run(remove);
    m_store.auditLog().record(
        org, QStringLiteral("credential.remove"), QStringLiteral("user:%1").arg(name),
        QJsonObject{{QStringLiteral("kind"), kindName}, {QStringLiteral("value"), removed}}, {});
    transaction.commit();
}

} // namespace trustdesk
