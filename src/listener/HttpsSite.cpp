#include "HttpsSite.h"

#include "store/StoreError.h"

#include <QRandomGenerator>
#include <QUrl>

namespace trustdesk {

namespace {

constexpr int SessionSeconds = 120;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 502:
        return "Bad Gateway";
    case 413:
        return "Payload Too Large";
    case 408:
        return "Request Timeout";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QString newToken()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words, 2);
    return QString::number(words[0], 16) + QString::number(words[1], 16);
}

bool isGateway(const QString &path)
{
    return path.compare(QLatin1String("/humancc.aspx"), Qt::CaseInsensitive) == 0 ||
           path.compare(QLatin1String("/machinecc.aspx"), Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray HttpResponse::serialise() const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool typed = false;
    for (const auto &[name, value] : headers) {
        out += name + ": " + value + "\r\n";
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!typed)
        out += "Content-Type: text/html; charset=utf-8\r\n";
    if (substatus)
        out += "X-TrustDesk-Status: " + QByteArray::number(status) + '.' +
               QByteArray::number(substatus) + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return out + body;
}

HttpsSite::HttpsSite(AttemptService &recorder, W3cLog &log) : m_recorder(recorder), m_log(log) {}

HttpResponse HttpsSite::page(const QString &title, const QString &html)
{
    HttpResponse response;
    response.body = QStringLiteral("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%1"
                                   "</title></head><body><h1>%1</h1>%2</body></html>\n")
                        .arg(title.toHtmlEscaped(), html)
                        .toUtf8();
    return response;
}

HttpResponse HttpsSite::error(int status, int substatus, const QString &message)
{
    HttpResponse response =
        page(QStringLiteral("%1.%2").arg(status).arg(substatus), message.toHtmlEscaped());
    response.status = status;
    response.substatus = substatus;
    response.message = message;
    return response;
}

QString HttpsSite::outcomeText(const HttpResponse &response)
{
    QString code = QString::number(response.status);
    if (response.substatus)
        code += QLatin1Char('.') + QString::number(response.substatus);
    return response.message.isEmpty() ? code : code + QLatin1Char(' ') + response.message;
}

void HttpsSite::noteCertificatePrompt(const HttpRequest &request, const Connection &connection,
                                      ListenerEvent *event) const
{
    if (m_mode != SiteMode::AcceptSiteWide || isGateway(request.path))
        return;
    event->sign = ListenerEvent::Sign::EmptyCertificatePrompt;
    event->chain = connection.peerChain;
    event->certificate = event->chain.value(0);
    event->verdict =
        connection.peerChain.isEmpty()
            ? tr("%1 asked for a certificate; none was presented (a browser shows an empty "
                 "certificate prompt)")
                  .arg(request.path)
            : tr("%1 asked for a certificate it does not use").arg(request.path);
}

void HttpsSite::log(const HttpRequest &request, const Connection &connection,
                    const HttpResponse &response)
{
    W3cEntry entry;
    entry.serverAddress = connection.local.toString();
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    // The one-time sign-on token is a secret while it lives: it is not written to the log.
    QUrlQuery logged = request.query;
    if (logged.hasQueryItem(QStringLiteral("token"))) {
        logged.removeAllQueryItems(QStringLiteral("token"));
        logged.addQueryItem(QStringLiteral("token"), QStringLiteral("(hidden)"));
    }
    entry.query = logged.toString(QUrl::FullyEncoded);
    entry.serverPort = connection.localPort;
    entry.username = response.username;
    entry.clientAddress = connection.client.toString();
    entry.userAgent = QString::fromLatin1(request.header("user-agent"));
    entry.status = response.status;
    entry.substatus = response.substatus;
    entry.win32Status = response.win32;
    m_log.write(entry);
}

void HttpsSite::handle(const HttpRequest &request, const Connection &connection, QObject *context,
                       Done done)
{
    const Done logged = [this, request, connection, done](const HttpResponse &response,
                                                          const ListenerEvent &event) {
        log(request, connection, response);
        done(response, event);
    };
    try {
        route(request, connection, context, logged);
    } catch (const StoreError &failure) {
        // A full disk or a locked store: this request fails, the listener goes on.
        qWarning("HTTPS: %s", qPrintable(failure.message()));
        logged(error(503, 0,
                     tr("The service is not available: the store cannot be used right "
                        "now.")),
               ListenerEvent());
    }
}

std::optional<HttpResponse> HttpsSite::requireCertificate(const HttpRequest &request,
                                                          const Connection &connection)
{
    if (m_mode != SiteMode::RequireSiteWide || isGateway(request.path))
        return std::nullopt;
    for (const QString &exception : m_exceptions)
        if (request.path.startsWith(exception, Qt::CaseInsensitive))
            return std::nullopt;
    if (connection.peerChain.isEmpty())
        return error(403, 7, tr("This site requires a client certificate."));
    const AttemptOutcome outcome = m_recorder.attempt(
        connection.peerChain, QString(), Interface::Https, connection.client.toString());
    if (!outcome.verdict->connect.ok)
        return error(403, outcome.verdict->connect.failure == ConnectFailure::Validity ? 17 : 16,
                     outcome.verdict->connect.reason);
    return std::nullopt;
}

void HttpsSite::route(const HttpRequest &request, const Connection &connection, QObject *context,
                      const Done &done)
{
    ListenerEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.clientAddress = connection.client.toString();
    event.interface = Interface::Https;
    if (m_mode == SiteMode::IisMapping) {
        const HttpResponse response = identify(request, connection, &event);
        return done(response, event);
    }
    if (auto refused = requireCertificate(request, connection))
        return done(*refused, event);
    noteCertificatePrompt(request, connection, &event);
    const QString path = request.path.toLower();
    if (m_mode == SiteMode::AcceptSiteWide && path == QLatin1String("/machine.aspx")) {
        // Non-browser clients sign on through the machine interface, which cannot answer
        // once the whole site asks for certificates: every transfer fails.
        event.sign = ListenerEvent::Sign::TransferRefused;
        event.username = request.field(QStringLiteral("username")).trimmed();
        event.verdict = tr("transfer refused: the site-wide Accept flag is set");
        HttpResponse refused = error(
            502, 0,
            tr("Sign-on failed: the transfer service cannot reach the site's machine interface "
               "because the whole site asks for client certificates (the site-wide Accept "
               "flag). Accept certificates on the sign-on gateways only."));
        refused.username = event.username;
        return done(refused, event);
    }
    if (path == QLatin1String("/") || path == QLatin1String("/index.html")) {
        return done(page(tr("Sign on"),
                         tr("<form method='post' action='/human.aspx'>"
                            "<p><label>Username <input name='username'></label></p>"
                            "<p><label>Password <input name='password' type='password'></label>"
                            "</p><p><button type='submit'>Sign on</button></p></form>"
                            "<p>Client certificate mode: %1</p>")
                             .arg(siteModeName(m_mode))),
                    event);
    }
    if (path == QLatin1String("/human.aspx") || path == QLatin1String("/machine.aspx")) {
        if (request.method != "POST")
            return done(error(405, 0, tr("Sign on with POST.")), event);
        return signOn(request, path == QLatin1String("/human.aspx"), connection, context, done);
    }
    if (isGateway(path)) {
        const HttpResponse response = gateway(request, connection, &event);
        return done(response, event);
    }
    done(error(404, 0, tr("There is nothing at %1.").arg(request.path)), event);
}

void HttpsSite::signOn(const HttpRequest &request, bool browser, const Connection &connection,
                       QObject *context, const Done &done)
{
    ListenerEvent event;
    event.at = QDateTime::currentDateTimeUtc();
    event.clientAddress = connection.client.toString();
    event.interface = Interface::Https;
    noteCertificatePrompt(request, connection, &event);
    const QString username = request.field(QStringLiteral("username")).trimmed();
    const QString password = request.field(QStringLiteral("password"));
    const auto user = m_recorder.findUser(username);
    const bool needsPassword = !user || user->disabled || user->httpsPolicy != Policy::Certificate;
    if (user && !user->disabled && user->httpsPolicy != Policy::Password &&
        m_mode == SiteMode::Ignore) {
        HttpResponse refused = error(403, 7,
                                     tr("'%1' needs a client certificate, but this site ignores "
                                        "certificates.")
                                         .arg(user->username));
        refused.username = user->username;
        return done(refused, event);
    }
    if (!needsPassword)
        return done(startCertificateStep(*user, browser), event);
    if (!m_passwords)
        return done(error(503, 0, tr("The service is not available.")), event);
    // Unknown and disabled users go through the same check (against a dummy): the time
    // to answer tells nobody who exists.
    const QString hash = m_recorder.passwordHash(username);
    const UserProfile profile = user ? *user : UserProfile();
    m_passwords->check(hash, password.toUtf8(), connection.client.toString(), username, context,
                       [this, profile, username, browser, connection, done,
                        event](PasswordCheck::Result result) mutable {
                           HttpResponse response;
                           try {
                               if (profile.username.isEmpty() || profile.disabled) {
                                   response = error(401, 1, tr("Sign-on failed."));
                                   response.username = username;
                               } else {
                                   response = passwordChecked(result, profile, browser, connection,
                                                              &event);
                               }
                           } catch (const StoreError &failure) {
                               qWarning("HTTPS: %s", qPrintable(failure.message()));
                               response = error(503, 0,
                                                tr("The service is not available: the store "
                                                   "cannot be used right now."));
                           }
                           // A sign-on that ended here (a password, or refused before any
                           // certificate was asked for) is an attempt of its own.
                           if (event.username.isEmpty() && response.status != 302) {
                               event.username = username;
                               event.verdict = tr("no certificate consulted");
                           }
                           done(response, event);
                       });
}

HttpResponse HttpsSite::passwordChecked(PasswordCheck::Result result, const UserProfile &user,
                                        bool browser, const Connection &connection,
                                        ListenerEvent *event)
{
    HttpResponse response;
    switch (result) {
    case PasswordCheck::Result::Accepted:
        response = user.httpsPolicy == Policy::Password
                       ? page(tr("Signed on"), tr("<p>Signed on as <b>%1</b> by password.</p>")
                                                   .arg(user.username.toHtmlEscaped()))
                       : startCertificateStep(user, browser);
        break;
    case PasswordCheck::Result::Refused:
        response = error(401, 1, tr("Sign-on failed."));
        break;
    case PasswordCheck::Result::Throttled:
        response =
            error(401, 1,
                  tr("Sign-on failed: too many failed sign-ons; try again in %n "
                     "second(s).",
                     nullptr, m_passwords->pauseLeft(connection.client.toString(), user.username)));
        break;
    case PasswordCheck::Result::Busy:
        response = error(503, 0, tr("Too many sign-ons at once; try again shortly."));
        break;
    }
    response.username = user.username;
    if (user.httpsPolicy == Policy::Password) {
        event->username = user.username;
        event->verdict =
            response.status == 200 ? tr("signed on by password") : tr("wrong password");
    }
    return response;
}

HttpResponse HttpsSite::startCertificateStep(const UserProfile &user, bool browser)
{
    // The same submission continues at the certificate gateway, with a one-time session.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_sessions.begin(); it != m_sessions.end();)
        it = it->created.secsTo(now) > SessionSeconds ? m_sessions.erase(it) : std::next(it);
    // Bounded however many sign-ons arrive: the oldest session makes room.
    while (m_sessions.size() >= MaxSessions) {
        auto oldest = m_sessions.begin();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it)
            if (it->created < oldest->created)
                oldest = it;
        m_sessions.erase(oldest);
    }
    const QString token = newToken();
    m_sessions.insert(token, {user.username, now});
    HttpResponse redirect;
    redirect.status = 302;
    redirect.username = user.username;
    const QByteArray target = browser ? "/humancc.aspx" : "/machinecc.aspx";
    redirect.headers << qMakePair(QByteArray("Location"), target + "?token=" + token.toLatin1())
                     << qMakePair(QByteArray("Set-Cookie"),
                                  "td_session=" + token.toLatin1() +
                                      "; Path=/; Secure; HttpOnly; SameSite=Strict");
    return redirect;
}

HttpResponse HttpsSite::identify(const HttpRequest &request, const Connection &connection,
                                 ListenerEvent *event)
{
    if (request.method != "GET" && request.method != "HEAD")
        return error(405, 0, tr("This site answers GET: who the certificate signs in as."));
    const Identification id =
        m_recorder.identify(connection.peerChain, connection.client.toString());
    event->chain = connection.peerChain;
    event->certificate = event->chain.value(0);
    event->verdict = id.signedIn() ? tr("signed in as '%1' (%2)").arg(id.user, id.mapping->label())
                                   : tr("IIS %1: %2").arg(id.iis.text(), id.reason);
    // Only an attempt that reached a mapping names a user: the log's cs-username is it.
    const QString mappedUser = id.mapping ? id.mapping->username : QString();
    event->username = mappedUser;
    HttpResponse response;
    if (id.signedIn()) {
        const QString how =
            id.mapping->kind == CertificateMapping::Kind::OneToOne
                ? tr("the one-to-one mapping #%1 (this exact certificate)").arg(id.mapping->id)
                : tr("the many-to-one mapping #%1 '%2'")
                      .arg(id.mapping->id)
                      .arg(id.mapping->name.toHtmlEscaped());
        response =
            page(tr("Signed in"),
                 tr("<p>Signed in as <b>%1</b> by %2.</p>").arg(id.user.toHtmlEscaped(), how) +
                     QStringLiteral("<pre>%1</pre>").arg(id.toText().toHtmlEscaped()));
        response.headers << qMakePair(QByteArray("X-TrustDesk-User"),
                                      QUrl::toPercentEncoding(id.user))
                         << qMakePair(QByteArray("X-TrustDesk-Mapping"),
                                      QByteArray::number(id.mapping->id));
    } else {
        response = error(id.iis.status, id.iis.substatus, id.reason);
        response.body.replace(
            "</body>",
            QStringLiteral("<pre>%1</pre></body>").arg(id.toText().toHtmlEscaped()).toUtf8());
    }
    if (request.method == "HEAD")
        response.body.clear();
    response.win32 = id.iis.win32;
    response.username = mappedUser;
    return response;
}

HttpResponse HttpsSite::gateway(const HttpRequest &request, const Connection &connection,
                                ListenerEvent *event)
{
    QString token = request.cookie("td_session");
    if (token.isEmpty() || !m_sessions.contains(token))
        token = request.query.queryItemValue(QStringLiteral("token"));
    const auto session = m_sessions.constFind(token);
    if (token.isEmpty() || session == m_sessions.constEnd() ||
        session->created.secsTo(QDateTime::currentDateTimeUtc()) > SessionSeconds)
        return error(401, 1, tr("Sign on first: the sign-on session is missing or expired."));
    const QString username = session->username;
    m_sessions.remove(token); // one use only
    const AttemptOutcome outcome = m_recorder.attempt(
        connection.peerChain, username, Interface::Https, connection.client.toString());
    if (event) {
        event->username = username;
        event->chain = connection.peerChain;
        event->certificate = event->chain.value(0);
    }
    HttpResponse response;
    if (!outcome.user || outcome.user->disabled) {
        response = error(401, 1, tr("Sign-on failed."));
    } else if (!outcome.certificatePresented) {
        response =
            error(403, 7, tr("A client certificate is required to sign on as '%1'.").arg(username));
    } else if (!outcome.verdict->connect.ok) {
        response =
            error(403, outcome.verdict->connect.failure == ConnectFailure::Validity ? 17 : 16,
                  outcome.verdict->connect.reason);
    } else if (!outcome.verdict->authenticate || !outcome.verdict->authenticate->ok) {
        response =
            error(401, 3, tr("The client certificate is not registered for '%1'.").arg(username));
    } else {
        response = page(tr("Signed on"),
                        tr("<p>Signed on as <b>%1</b> by client certificate (%2, %3)%4.</p>")
                            .arg(username.toHtmlEscaped(),
                                 conditionName(outcome.verdict->connect.condition),
                                 conditionName(outcome.verdict->authenticate->condition),
                                 outcome.user->httpsPolicy == Policy::PasswordAndCertificate
                                     ? tr(" and password")
                                     : QString()));
    }
    response.username = username;
    if (event) {
        event->verdict =
            outcome.verdict
                ? outcome.verdict->connect.ok
                      ? (outcome.verdict->authenticate && outcome.verdict->authenticate->ok
                             ? tr("authenticates (%1)")
                                   .arg(conditionName(outcome.verdict->authenticate->condition))
                             : tr("connects, does not authenticate"))
                      : tr("cannot connect")
                : tr("no certificate");
    }
    return response;
}

} // namespace trustdesk
