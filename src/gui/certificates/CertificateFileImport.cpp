#include "certificates/CertificateFileImport.h"
#include "x509/OpenSslThreadGuard.h"

#include "InputError.h"
#include "common/ErrorReporter.h"
#include "x509/CertificateLoader.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace trustdesk {

namespace {

constexpr int MaxListedFailures = 12;

void readAll(QPromise<QList<CertificateFileImport::FileResult>> &promise, const QStringList &paths)
{
    const OpenSslThreadGuard openSsl;
    promise.setProgressRange(0, int(paths.size()));
    QList<CertificateFileImport::FileResult> results;
    for (int i = 0; i < paths.size(); ++i) {
        if (promise.isCanceled())
            return;
        results << CertificateFileImport::readFile(paths.at(i));
        promise.setProgressValue(i + 1);
    }
    promise.addResult(results);
}

} // namespace

CertificateFileImport::CertificateFileImport(QWidget *parent, const QString &what, Handler handler)
    : QObject(parent), m_parent(parent), m_what(what), m_handler(std::move(handler))
{}

CertificateFileImport::FileResult
CertificateFileImport::readFile(const QString &path, const std::optional<QByteArray> &passphrase)
{
    FileResult result;
    result.path = path;
    try {
        result.certificates = CertificateLoader::loadFile(path, passphrase).certificates;
        if (result.certificates.isEmpty())
            result.error = tr("%1: the file holds no certificate").arg(path);
    } catch (const InputError &error) {
        result.error = error.message();
        result.needsPassphrase = error.reason() == InputError::Reason::PassphraseRequired ||
                                 error.reason() == InputError::Reason::WrongPassphrase;
    }
    return result;
}

CertificateFileImport *CertificateFileImport::start(QWidget *parent, const QString &what,
                                                    const QStringList &paths, Handler handler)
{
    auto *import = new CertificateFileImport(parent, what, std::move(handler));
    import->m_progress =
        new QProgressDialog(tr("Reading %n certificate files…", nullptr, int(paths.size())),
                            tr("Cancel"), 0, int(paths.size()), parent);
    import->m_progress->setWindowTitle(what);
    import->m_progress->setObjectName(QStringLiteral("importProgress"));
    import->m_progress->setWindowModality(Qt::WindowModal);
    import->m_progress->setMinimumDuration(400); // quick imports never flash a dialog
    import->m_progress->setAutoClose(false);
    import->m_progress->setAutoReset(false);
    connect(&import->m_watcher, &QFutureWatcherBase::progressValueChanged, import->m_progress,
            &QProgressDialog::setValue);
    connect(import->m_progress, &QProgressDialog::canceled, &import->m_watcher,
            &QFutureWatcherBase::cancel);
    connect(&import->m_watcher, &QFutureWatcherBase::finished, import,
            &CertificateFileImport::onRead);
    import->m_watcher.setFuture(QtConcurrent::run(readAll, paths));
    return import;
}

void CertificateFileImport::onRead()
{
    m_progress->reset();
    m_progress->deleteLater();
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return finish(false);
    QList<FileResult> results = m_watcher.result();
    if (!askPassphrases(results))
        return finish(false);
    QStringList failures;
    QList<Certificate> certificates;
    for (const FileResult &result : results) {
        if (!result.error.isEmpty())
            failures << result.error;
        certificates << result.certificates;
    }
    if (!failures.isEmpty()) {
        QString message = tr("Nothing was imported: %n of the files could not be read.", nullptr,
                             int(failures.size())) +
                          QStringLiteral("\n\n") +
                          failures.mid(0, MaxListedFailures).join(QLatin1Char('\n'));
        if (failures.size() > MaxListedFailures)
            message += QLatin1Char('\n') +
                       tr("…and %n more", nullptr, int(failures.size() - MaxListedFailures));
        ErrorReporter::show(m_parent, m_what, message);
        return finish(false);
    }
    m_handler(certificates);
    finish(true);
}

// PKCS#12 files that need a passphrase are asked for here, one by one, on the GUI thread.
bool CertificateFileImport::askPassphrases(QList<FileResult> &results)
{
    for (FileResult &result : results) {
        QString prompt = tr("%1 is protected by a passphrase.\nPassphrase:")
                             .arg(QFileInfo(result.path).fileName());
        for (int attempt = 0; result.needsPassphrase && attempt < 3; ++attempt) {
            bool ok = false;
            const QString passphrase = QInputDialog::getText(m_parent, m_what, prompt,
                                                             QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
            result = readFile(result.path, passphrase.toUtf8());
            prompt =
                tr("Wrong passphrase for %1.\nPassphrase:").arg(QFileInfo(result.path).fileName());
        }
    }
    return true;
}

void CertificateFileImport::finish(bool handled)
{
    emit finished(handled);
    deleteLater();
}

} // namespace trustdesk
