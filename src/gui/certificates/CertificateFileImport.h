// Reads certificate files off the GUI thread, with a progress dialog that can be
// cancelled. Either every file reads and the caller gets all their certificates (to write
// in one transaction), or nothing is imported and each failing file is named with its
// reason: an import is never half done.
#pragma once

#include "x509/Certificate.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class QProgressDialog;
class QWidget;

namespace trustdesk {

class CertificateFileImport : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const QList<Certificate> &)>;

    struct FileResult
    {
        QString path;
        QList<Certificate> certificates;
        QString error;
        bool needsPassphrase = false;
    };

    // Starts reading; `handler` runs on the GUI thread once everything has been read.
    // `what` names the action in titles ("Install in the root store").
    static CertificateFileImport *start(QWidget *parent, const QString &what,
                                        const QStringList &paths, Handler handler);

    // The same reading, on the calling thread (for one file, and for the tests).
    static FileResult readFile(const QString &path,
                               const std::optional<QByteArray> &passphrase = std::nullopt);

signals:
    // True when the handler ran (it may still have reported an error of its own).
    void finished(bool handled);

private:
    CertificateFileImport(QWidget *parent, const QString &what, Handler handler);
    void onRead();
    bool askPassphrases(QList<FileResult> &results);
    void finish(bool handled);

    QPointer<QWidget> m_parent;
    QString m_what;
    Handler m_handler;
    QFutureWatcher<QList<FileResult>> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace trustdesk
