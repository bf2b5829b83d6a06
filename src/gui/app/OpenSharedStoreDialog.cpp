#include "app/OpenSharedStoreDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace trustdesk {

namespace {

constexpr int DefaultPort = 5432;

// Host, database and user names: what libpq accepts without quoting, and nothing that
// would change the meaning of the URL.
bool isPlainName(const QString &text, bool colonAllowed = false)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format || QStringLiteral("/@?#\\[]").contains(c) ||
            (c == QLatin1Char(':') && !colonAllowed))
            return false;
    return true;
}

} // namespace

OpenSharedStoreDialog::OpenSharedStoreDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_tls(new QComboBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("OpenSharedStoreDialog"));
    setWindowTitle(tr("Open shared store"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_tls->setObjectName(QStringLiteral("tlsCombo"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    m_host->setText(QStringLiteral("localhost"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_database->setText(QStringLiteral("trustdesk"));
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked each time, never saved"));
    // libpq's sslmode values. Requiring TLS is the default: "prefer" lets anyone between
    // here and the server turn TLS off and read the password.
    m_tls->addItem(tr("Require TLS and verify the server's certificate and name"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("Require TLS and verify the server's certificate"),
                   QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Require TLS (the server is not verified)"), QStringLiteral("require"));
    m_tls->addItem(tr("TLS when the server offers it (not safe on a network)"),
                   QStringLiteral("prefer"));
    m_tls->addItem(tr("No TLS (this machine only)"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(m_tls->findData(QStringLiteral("require")));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&TLS:"), m_tls);
    auto *hint = new QLabel(
        tr("A store on a PostgreSQL server is shared: every administrator who opens it sees "
           "the others' changes within seconds. Without a password, the server's own "
           "arrangements (~/.pgpass, PGPASSWORD, peer or certificate sign-on) are used."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &OpenSharedStoreDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void OpenSharedStoreDialog::setLocation(const QString &url)
{
    const QUrl parsed(url);
    m_host->setText(parsed.host());
    m_port->setValue(parsed.port(DefaultPort));
    m_database->setText(parsed.path().mid(1));
    m_user->setText(parsed.userName());
    // A URL without sslmode means libpq's default, "prefer".
    const QString sslmode = QUrlQuery(parsed).queryItemValue(QStringLiteral("sslmode"));
    const int tls = m_tls->findData(sslmode.isEmpty() ? QStringLiteral("prefer") : sslmode);
    m_tls->setCurrentIndex(tls < 0 ? m_tls->findData(QStringLiteral("require")) : tls);
    m_password->clear();
    m_password->setFocus();
}

QString OpenSharedStoreDialog::location() const
{
    return urlFor(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                  m_user->text().trimmed(), m_tls->currentData().toString());
}

QString OpenSharedStoreDialog::password() const
{
    return m_password->text();
}

QString OpenSharedStoreDialog::urlFor(const QString &host, int port, const QString &database,
                                      const QString &user, const QString &sslmode)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslmode.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslmode);
        url.setQuery(query);
    }
    return url.toString();
}

void OpenSharedStoreDialog::validate()
{
    QString problem;
    if (!isPlainName(m_host->text().trimmed(), true)) // an IPv6 address has colons
        problem = tr("Enter the server's host name or address (no spaces, '/' or '@').");
    else if (!isPlainName(m_database->text().trimmed()))
        problem = tr("Enter the database's name (no spaces, '/', '@' or ':').");
    else if (!isPlainName(m_user->text().trimmed()))
        problem = tr("Enter the database user (no spaces, '/', '@' or ':').");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace trustdesk
