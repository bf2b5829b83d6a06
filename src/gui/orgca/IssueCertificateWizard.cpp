#include "orgca/IssueCertificateWizard.h"
#include "services/CertificateIssuanceService.h"

#include "common/ErrorReporter.h"
#include "InputError.h"
#include "engine/CommonName.h"
#include "ui_IssueCertificateWizard.h"
#include "x509/Pkcs12Writer.h"

#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringListModel>
#include <QtConcurrent>

namespace trustdesk {

namespace {

constexpr int MinFilePassphraseLength = 8;

QString listItems(const QStringList &items)
{
    return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

IssueCertificateWizard::IssueCertificateWizard(Workspace &workspace, const QString &username,
                                               QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_ui(std::make_unique<Ui::IssueCertificateWizard>())
{
    m_ui->setupUi(this);
    setButtonText(FinishButton, tr("&Create"));
    m_ca = workspace.store().organisationCa().get(workspace.organisationId());

    const auto keyTypes = {
        qMakePair(KeyType::Rsa2048, tr("RSA 2048 — works with every client (recommended)")),
        qMakePair(KeyType::Rsa3072, tr("RSA 3072")),
        qMakePair(KeyType::Rsa4096, tr("RSA 4096 — slow to make and to use")),
        qMakePair(KeyType::EcP256, tr("EC P-256 — small and fast; not for very old clients")),
        qMakePair(KeyType::EcP384, tr("EC P-384")),
    };
    for (const auto &type : keyTypes)
        m_ui->keyTypeCombo->addItem(type.second, int(type.first));
    m_ui->formatCombo->addItem(tr("PKCS#12 (.p12), AES-256 with PBKDF2 (recommended)"), Pkcs12Aes);
    m_ui->formatCombo->addItem(
        tr("PKCS#12 (.p12), legacy 3DES/SHA-1: weak, only for Windows 7 and Server 2012 R2 "
           "or older"),
        Pkcs12Legacy);
    m_ui->formatCombo->addItem(tr("PEM certificate (.pem) and encrypted PEM key (.key)"), PemFiles);

    m_ui->userEdit->setText(username);
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->userEdit->setCompleter(completer);
    connect(m_ui->userEdit, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        // Completion from a page of matching users: a store of 100,000 users stays quick.
        UserQuery query;
        query.filter = text;
        query.page.limit = 20;
        QStringList names;
        for (const UserRecord &user :
             m_workspace.store().users().page(m_workspace.organisationId(), query))
            names << user.profile.username;
        completer->setModel(new QStringListModel(names, completer));
        updateUserInfo();
    });
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &IssueCertificateWizard::updateUserInfo);
    connect(m_ui->csrRadio, &QRadioButton::toggled, this, [this](bool on) {
        m_ui->csrEdit->setEnabled(on);
        m_ui->csrBrowseButton->setEnabled(on);
        if (on)
            loadRequest();
        else
            m_ui->csrInfoLabel->clear();
    });
    m_ui->csrEdit->setEnabled(false);
    m_ui->csrBrowseButton->setEnabled(false);
    connect(m_ui->csrEdit, &QLineEdit::editingFinished, this, &IssueCertificateWizard::loadRequest);
    connect(m_ui->csrBrowseButton, &QPushButton::clicked, this,
            &IssueCertificateWizard::browseRequest);
    connect(m_ui->cnEdit, &QLineEdit::textChanged, this, &IssueCertificateWizard::updateCnAdvice);
    connect(m_ui->useFullNameButton, &QPushButton::clicked, this, [this] {
        if (const auto user = chosenUser())
            m_ui->cnEdit->setText(user->profile.fullName);
    });
    connect(m_ui->useUsernameButton, &QPushButton::clicked, this, [this] {
        if (const auto user = chosenUser())
            m_ui->cnEdit->setText(user->profile.username);
    });
    connect(m_ui->daysSpin, qOverload<int>(&QSpinBox::valueChanged), this,
            &IssueCertificateWizard::updateValidity);
    connect(m_ui->registerThumbprintCheck, &QCheckBox::toggled, this,
            &IssueCertificateWizard::updateRegisterAdvice);
    connect(m_ui->registerCnCheck, &QCheckBox::toggled, this,
            &IssueCertificateWizard::updateRegisterAdvice);
    connect(m_ui->formatCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &IssueCertificateWizard::updateOutputHints);
    connect(m_ui->fileBrowseButton, &QPushButton::clicked, this,
            &IssueCertificateWizard::browseOutput);
    // A problem shown on a page goes away as soon as the field it names is edited.
    for (QLineEdit *edit : {m_ui->fileEdit, m_ui->passphraseEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &IssueCertificateWizard::updateOutputHints);
    for (QLineEdit *edit :
         {m_ui->cnEdit, m_ui->emailEdit, m_ui->organisationEdit, m_ui->unitEdit, m_ui->countryEdit})
        connect(edit, &QLineEdit::textChanged, m_ui->subjectErrorLabel, &QLabel::clear);
    connect(&m_watcher, &QFutureWatcher<Generated>::finished, this,
            [this] { finishIssuing(m_watcher.result()); });

    if (m_ca) {
        m_ui->caInfoLabel->setText(
            tr("Issued by the organisation CA <b>%1</b> (%2, valid until %3).")
                .arg(m_ca->certificate().displayName().toHtmlEscaped(),
                     m_ca->certificate().keyDescription(),
                     QLocale().toString(m_ca->certificate().notAfter().date(),
                                        QLocale::ShortFormat)));
    } else {
        m_ui->caInfoLabel->setText(
            tr("<b>This organisation has no CA yet.</b> Create or import one under Organisation CA "
               "first."));
    }
    updateUserInfo();
}

IssueCertificateWizard::~IssueCertificateWizard()
{
    m_watcher.waitForFinished();
}

bool IssueCertificateWizard::signsRequest() const
{
    return m_ui->csrRadio->isChecked();
}

std::optional<UserRecord> IssueCertificateWizard::chosenUser() const
{
    const QString name = m_ui->userEdit->text().trimmed();
    if (name.isEmpty())
        return std::nullopt;
    const auto profile = m_workspace.store().users().find(m_workspace.organisationId(), name);
    if (!profile)
        return std::nullopt;
    return m_workspace.store().users().get(m_workspace.organisationId(), profile->username);
}

void IssueCertificateWizard::setError(QLabel *label, const QString &message)
{
    label->setText(QStringLiteral("<span style='color:#b00020'>&#9888; %1</span>")
                       .arg(message.toHtmlEscaped()));
}

void IssueCertificateWizard::updateUserInfo()
{
    const auto user = chosenUser();
    if (!user) {
        m_ui->userInfoLabel->setText(
            m_ui->userEdit->text().trimmed().isEmpty()
                ? tr("Type a username.")
                : tr("No user '%1' in this organisation.").arg(m_ui->userEdit->text().trimmed()));
        return;
    }
    m_ui->userInfoLabel->setText(
        tr("%1%2 — %n accepted credential(s)", nullptr,
           int(user->profile.thumbprints.size() + user->profile.commonNames.size()))
            .arg(user->profile.fullName.isEmpty() ? user->profile.username : user->profile.fullName,
                 user->profile.disabled ? tr(" (disabled)") : QString()));
}

void IssueCertificateWizard::loadRequest()
{
    m_request = CertificateRequest();
    const QString path = m_ui->csrEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->csrInfoLabel->setText(tr("Choose the request file the user sent."));
        return;
    }
    try {
        m_request = CertificateRequest::fromFile(path);
        m_ui->csrInfoLabel->setText(
            tr("Request for <b>%1</b>, key %2. Its signature verifies.")
                .arg(m_request.subjectText().toHtmlEscaped(), m_request.keyDescription()));
    } catch (const InputError &error) {
        setError(m_ui->csrInfoLabel, error.message());
    }
}

void IssueCertificateWizard::browseRequest()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Certificate signing request"), QString(),
        tr("Certificate signing requests (*.csr *.req *.pem *.der);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->csrEdit->setText(path);
        loadRequest();
    }
}

void IssueCertificateWizard::browseOutput()
{
    const bool p12 = m_ui->formatCombo->currentData().toInt() != PemFiles && !signsRequest();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Write the certificate to"), m_ui->fileEdit->text(),
        p12 ? tr("PKCS#12 files (*.p12 *.pfx)") : tr("PEM files (*.pem)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void IssueCertificateWizard::initializePage(int id)
{
    QWizardPage *page = this->page(id);
    const auto user = chosenUser();
    if (page == m_ui->subjectPage) {
        const bool request = signsRequest();
        for (QWidget *w :
             {static_cast<QWidget *>(m_ui->cnEdit), static_cast<QWidget *>(m_ui->useFullNameButton),
              static_cast<QWidget *>(m_ui->useUsernameButton),
              static_cast<QWidget *>(m_ui->organisationEdit),
              static_cast<QWidget *>(m_ui->unitEdit), static_cast<QWidget *>(m_ui->countryEdit)})
            w->setEnabled(!request);
        if (request) {
            m_ui->cnEdit->setText(m_request.commonNames().values.value(0));
            m_ui->emailEdit->setText(m_request.requestedEmailAddresses().value(0));
        } else if (m_ui->cnEdit->text().isEmpty() && user) {
            // The full name reads well in a certificate and is what Match CN compares.
            m_ui->cnEdit->setText(user->profile.fullName.isEmpty() ? user->profile.username
                                                                   : user->profile.fullName);
        }
        m_ui->subjectErrorLabel->clear();
        updateCnAdvice();
    } else if (page == m_ui->keyPage) {
        m_ui->keyTypeCombo->setEnabled(!signsRequest());
        if (signsRequest())
            m_ui->keyTypeLabel->setToolTip(
                tr("The request brings its own key: %1").arg(m_request.keyDescription()));
        updateValidity();
    } else if (page == m_ui->registerPage) {
        updateRegisterAdvice();
    } else if (page == m_ui->outputPage) {
        m_ui->formatCombo->setEnabled(!signsRequest());
        if (signsRequest())
            m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(PemFiles));
        if (m_ui->fileEdit->text().isEmpty() && user) {
            const QString folder =
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            m_ui->fileEdit->setText(QDir(folder).filePath(
                user->profile.username +
                (signsRequest() ? QStringLiteral(".pem") : QStringLiteral(".p12"))));
        }
        updateOutputHints();
    } else if (page == m_ui->summaryPage) {
        m_ui->summaryText->setHtml(summaryHtml());
        const bool locked = !m_workspace.isCaUnlocked();
        m_ui->caPassphraseLabel->setVisible(locked);
        m_ui->caPassphraseEdit->setVisible(locked);
    }
}

void IssueCertificateWizard::updateCnAdvice()
{
    const auto user = chosenUser();
    const QString cn = m_ui->cnEdit->text().trimmed();
    if (!user || cn.isEmpty()) {
        m_ui->cnAdviceLabel->clear();
        return;
    }
    const bool matchCn = m_workspace.organisation().matchCn;
    const QString key = CommonName::key(cn);
    const bool matchesName =
        key == CommonName::key(user->profile.username) ||
        (!user->profile.fullName.isEmpty() && key == CommonName::key(user->profile.fullName));
    QStringList notes;
    if (matchesName && matchCn)
        notes << tr("This CN matches the user's name and <b>Match CN is on</b>: A3 authenticates "
                    "'%1' with it even if nothing is registered.")
                     .arg(user->profile.username.toHtmlEscaped());
    else if (matchesName)
        notes << tr("This CN matches the user's name, but <b>Match CN is off</b> in this "
                    "organisation: register the thumbprint or the CN on the next pages.");
    else
        notes << tr("This CN differs from the user's name and full name: Match CN (A3) never "
                    "applies; register the thumbprint or the CN on the next pages.");
    QStringList others;
    for (const CommonNameClaim &claim : m_workspace.store().users().commonNameClaims(
             m_workspace.organisationId(), cn, user->profile.username)) {
        others << (claim.holdsCn ? tr("%1 already holds this CN") : tr("%1's name matches it"))
                      .arg(claim.username.toHtmlEscaped());
    }
    if (!others.isEmpty())
        notes << tr("<b>Other users claim this CN</b>; with a CN credential they could sign on "
                    "with each other's certificates:") +
                     listItems(others);
    m_ui->cnAdviceLabel->setText(notes.join(QStringLiteral("<br>")));
}

void IssueCertificateWizard::updateValidity()
{
    const QDateTime until = m_workspace.now().addDays(m_ui->daysSpin->value());
    QString text = tr("Valid until %1.").arg(QLocale().toString(until.date(), QLocale::LongFormat));
    if (m_ca && m_ca->certificate().notAfter() < until)
        text +=
            QLatin1Char(' ') + tr("That is after the organisation CA expires (%1); choose "
                                  "fewer days.")
                                   .arg(QLocale().toString(m_ca->certificate().notAfter().date(),
                                                           QLocale::LongFormat));
    m_ui->validityLabel->setText(text);
}

void IssueCertificateWizard::updateRegisterAdvice()
{
    QStringList notes;
    if (m_ui->registerThumbprintCheck->isChecked())
        notes << tr("<b>Thumbprint</b>: only this certificate matches, so there is no collision "
                    "with other users; but a renewed certificate must be registered again.");
    if (m_ui->registerCnCheck->isChecked())
        notes << tr("<b>CN</b>: a renewed certificate with the same CN from an approved CA keeps "
                    "working; but any approved CA's certificate with this CN matches too.");
    if (notes.isEmpty())
        notes << tr("Nothing registered: the certificate is recorded as issued, but it "
                    "authenticates '%1' only if Match CN applies (A3), or after an administrator "
                    "accepts it from the holding tank.")
                     .arg(m_ui->userEdit->text().trimmed().toHtmlEscaped());
    m_ui->registerAdviceLabel->setText(notes.join(QStringLiteral("<br><br>")));
}

void IssueCertificateWizard::updateOutputHints()
{
    const int format = m_ui->formatCombo->currentData().toInt();
    const bool needsPassphrase = !signsRequest();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->passphraseLabel),
          static_cast<QWidget *>(m_ui->passphraseEdit), static_cast<QWidget *>(m_ui->confirmLabel),
          static_cast<QWidget *>(m_ui->confirmEdit)})
        w->setVisible(needsPassphrase);
    QString hint;
    if (signsRequest())
        hint = tr("The signed certificate is written as PEM. The user already has the key.");
    else if (format == PemFiles)
        hint = tr("The certificate goes to the file named; the key, encrypted under the "
                  "passphrase, to the same name ending in .key.");
    else if (format == Pkcs12Legacy)
        hint = tr("Legacy encryption can be broken with little effort. Use it only for clients "
                  "that cannot read AES-256 PKCS#12 files, and send the passphrase separately.");
    else
        hint = tr("The file holds the certificate, its key and the CA certificate, protected by "
                  "the passphrase (at least %1 characters). Send the passphrase separately.")
                   .arg(MinFilePassphraseLength);
    m_ui->outputHintLabel->setText(hint);
}

ClientCertificateSpec IssueCertificateWizard::spec() const
{
    ClientCertificateSpec spec;
    spec.commonName = m_ui->cnEdit->text().trimmed();
    spec.email = m_ui->emailEdit->text().trimmed();
    spec.organisation = m_ui->organisationEdit->text().trimmed();
    spec.organisationalUnit = m_ui->unitEdit->text().trimmed();
    spec.country = m_ui->countryEdit->text().trimmed().toUpper();
    spec.keyType = KeyType(m_ui->keyTypeCombo->currentData().toInt());
    spec.days = m_ui->daysSpin->value();
    return spec;
}

bool IssueCertificateWizard::validateCurrentPage()
{
    QWizardPage *page = currentPage();
    if (page == m_ui->userPage) {
        if (!m_ca) {
            setError(m_ui->caInfoLabel, tr("This organisation has no CA yet."));
            return false;
        }
        if (!chosenUser()) {
            setError(m_ui->userInfoLabel, m_ui->userEdit->text().trimmed().isEmpty()
                                              ? tr("Choose the user first.")
                                              : tr("No user '%1' in this organisation.")
                                                    .arg(m_ui->userEdit->text().trimmed()));
            return false;
        }
        if (signsRequest()) {
            loadRequest();
            return !m_request.isNull();
        }
        return true;
    }
    if (page == m_ui->subjectPage) {
        try {
            if (signsRequest()) {
                if (!m_ui->emailEdit->text().trimmed().isEmpty() &&
                    !ClientCertificateIssuer::isEmailAddress(m_ui->emailEdit->text().trimmed()))
                    throw InputError(
                        tr("'%1' is not an e-mail address").arg(m_ui->emailEdit->text().trimmed()));
                return true;
            }
            ClientCertificateSpec check = spec();
            check.days = 1; // checked on the next page
            ClientCertificateIssuer::validate(check, m_ca->certificate(), m_workspace.now());
        } catch (const InputError &error) {
            setError(m_ui->subjectErrorLabel, error.message());
            return false;
        }
        return true;
    }
    if (page == m_ui->keyPage) {
        if (m_ca->certificate().notAfter() < m_workspace.now().addDays(m_ui->daysSpin->value())) {
            updateValidity();
            return false;
        }
        return true;
    }
    if (page == m_ui->outputPage) {
        const QString file = m_ui->fileEdit->text().trimmed();
        if (file.isEmpty() || !QFileInfo(QFileInfo(file).absolutePath()).isDir()) {
            setError(m_ui->outputHintLabel, tr("Choose a file in an existing folder."));
            return false;
        }
        if (!signsRequest()) {
            if (m_ui->passphraseEdit->text().size() < MinFilePassphraseLength) {
                setError(m_ui->outputHintLabel,
                         tr("The passphrase must have at least %1 characters.")
                             .arg(MinFilePassphraseLength));
                return false;
            }
            if (m_ui->passphraseEdit->text() != m_ui->confirmEdit->text()) {
                setError(m_ui->outputHintLabel, tr("The passphrases differ."));
                return false;
            }
        }
        return true;
    }
    return true;
}

QString IssueCertificateWizard::summaryHtml() const
{
    const ClientCertificateSpec s = spec();
    QStringList registered;
    if (m_ui->registerThumbprintCheck->isChecked())
        registered << tr("thumbprint");
    if (m_ui->registerCnCheck->isChecked())
        registered << tr("CN '%1'").arg(s.commonName);
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("User"), m_ui->userEdit->text().trimmed());
    if (signsRequest()) {
        html += row(tr("Request"), QDir::toNativeSeparators(m_ui->csrEdit->text().trimmed()));
        html += row(tr("Subject"), m_request.subjectText());
        html += row(tr("Key"), tr("%1 (kept by the user)").arg(m_request.keyDescription()));
    } else {
        QStringList subject;
        if (!s.country.isEmpty())
            subject << QStringLiteral("C=") + s.country;
        if (!s.organisation.isEmpty())
            subject << QStringLiteral("O=") + s.organisation;
        if (!s.organisationalUnit.isEmpty())
            subject << QStringLiteral("OU=") + s.organisationalUnit;
        subject << QStringLiteral("CN=") + s.commonName;
        html += row(tr("Subject"), subject.join(QStringLiteral(", ")));
        html += row(tr("Key"), m_ui->keyTypeCombo->currentText());
    }
    if (!m_ui->emailEdit->text().trimmed().isEmpty())
        html += row(tr("E-mail"), m_ui->emailEdit->text().trimmed());
    html += row(tr("Valid"), tr("%n day(s), until %1", nullptr, s.days)
                                 .arg(QLocale().toString(m_workspace.now().addDays(s.days).date(),
                                                         QLocale::LongFormat)));
    html += row(tr("Usage"), tr("TLS client authentication; digital signature"));
    html += row(tr("Issuer"), m_ca ? m_ca->certificate().subjectText() : QString());
    html +=
        row(tr("Register"), registered.isEmpty() ? tr("nothing") : registered.join(tr(" and ")));
    html += row(tr("Output"), QStringLiteral("%1 — %2").arg(
                                  QDir::toNativeSeparators(m_ui->fileEdit->text().trimmed()),
                                  m_ui->formatCombo->currentText()));
    html += QStringLiteral("</table>");
    return html;
}

void IssueCertificateWizard::accept()
{
    if (m_watcher.isRunning())
        return;
    if (!m_workspace.isCaUnlocked()) {
        try {
            m_workspace.unlockCa(m_ui->caPassphraseEdit->text().toUtf8(), this);
        } catch (const InputError &error) {
            ErrorReporter::show(this, tr("Create a client certificate"), error.message());
            m_ui->caPassphraseEdit->selectAll();
            m_ui->caPassphraseEdit->setFocus();
            return;
        }
    }
    const OrganisationCa ca = *m_ca;
    const PrivateKey caKey = m_workspace.caKey();
    const QDateTime now = m_workspace.now();
    const ClientCertificateSpec request = spec();
    const CertificateRequest csr = m_request;
    const bool signRequest = signsRequest();
    const QString email = m_ui->emailEdit->text().trimmed();

    m_progress = new QProgressDialog(tr("Making the key and signing the certificate…"), QString(),
                                     0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    button(FinishButton)->setEnabled(false);
    button(BackButton)->setEnabled(false);
    // Key generation (RSA 4096 takes seconds) runs off the GUI thread.
    m_watcher.setFuture(QtConcurrent::run([=]() {
        Generated out;
        try {
            const ClientCertificateIssuer issuer(ca, caKey);
            if (signRequest)
                out.credential.certificate = issuer.signRequest(csr, request.days, email, now);
            else
                out.credential = issuer.issue(request, now);
        } catch (const InputError &error) {
            out.error = error.message();
        } catch (const std::exception &error) {
            out.error = QString::fromUtf8(error.what());
        }
        return out;
    }));
}

QList<IssuedFile> IssueCertificateWizard::outputFiles(const Certificate &certificate,
                                                      const PrivateKey &key) const
{
    const QString file = m_ui->fileEdit->text().trimmed();
    const int format = m_ui->formatCombo->currentData().toInt();
    const QByteArray passphrase = m_ui->passphraseEdit->text().toUtf8();
    if (key.isNull())
        return {{file, certificate.toPem().toLatin1(), false}};
    if (format == PemFiles) {
        const QString keyFile = QFileInfo(file).dir().filePath(QFileInfo(file).completeBaseName() +
                                                               QStringLiteral(".key"));
        return {{keyFile, key.toEncryptedPem(passphrase), true},
                {file, certificate.toPem().toLatin1(), false}};
    }
    return {{file,
             Pkcs12Writer::write(
                 certificate, key, QList<Certificate>{m_ca->certificate()} + m_ca->chain(),
                 passphrase, m_ui->cnEdit->text().trimmed(),
                 format == Pkcs12Legacy ? Pkcs12Encryption::Legacy3Des : Pkcs12Encryption::Aes256),
             true}};
}

void IssueCertificateWizard::finishIssuing(const Generated &generated)
{
    delete m_progress;
    m_progress = nullptr;
    button(FinishButton)->setEnabled(true);
    button(BackButton)->setEnabled(true);
    if (!generated.error.isEmpty()) {
        ErrorReporter::show(this, tr("Create a client certificate"), generated.error);
        return;
    }
    IssueRegistration registration;
    registration.username = m_ui->userEdit->text().trimmed();
    registration.thumbprint = m_ui->registerThumbprintCheck->isChecked();
    registration.commonName = m_ui->registerCnCheck->isChecked();
    const bool done = ErrorReporter::attempt(this, tr("Create a client certificate"), [&] {
        // The files first: if the store then refuses, they are removed again, so a
        // certificate exists on disk only when it is on record.
        m_issued = CertificateIssuanceService::deliver(
            m_workspace.store(), m_workspace.organisationId(), generated.credential.certificate,
            registration, outputFiles(generated.credential.certificate, generated.credential.key));
    });
    if (!done)
        return;
    m_workspace.changed(Workspace::Users | Workspace::OrganisationCa | Workspace::Roots |
                        Workspace::ApprovedCas);
    emit m_workspace.notice(tr("Issued '%1' to %2 (serial %3)")
                                .arg(generated.credential.certificate.displayName(),
                                     m_issued->username, m_issued->serial));
    QWizard::accept();
}

} // namespace trustdesk
