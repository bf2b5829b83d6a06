// The desktop suites' fixture: the demo store (with its certificates) is built once per
// suite, then each test gets a fresh copy in its own folder and a main window on it.
// screenshot() saves a widget to $TRUSTDESK_SCREENSHOT_DIR, when set, for the docs.
#pragma once

#include "app/MainWindow.h"
#include "demo/DemoStore.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace trustdesk::test {

class DemoDesktop
{
public:
    bool prepare()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        m_template = std::make_unique<QTemporaryDir>();
        if (!m_template->isValid())
            return false;
        auto seed = Store::openSqlite(m_template->filePath(QStringLiteral("trustdesk.db")));
        const OrganisationSettings created =
            seed->organisations().create(QStringLiteral("Default"));
        DemoStore::populate(*seed, created.id, m_template->filePath(QStringLiteral("certificates")),
                            QDateTime::currentDateTimeUtc());
        return true;
    }

    bool open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid() ||
            !QFile::copy(m_template->filePath(QStringLiteral("trustdesk.db")), storePath()))
            return false;
        QDir().mkpath(certificates());
        for (const QFileInfo &file :
             QDir(m_template->filePath(QStringLiteral("certificates"))).entryInfoList(QDir::Files))
            if (!QFile::copy(file.filePath(), QDir(certificates()).filePath(file.fileName())))
                return false;
        m_window = std::make_unique<MainWindow>();
        if (!m_window->openStoreNow(storePath()).isEmpty())
            return false;
        m_window->resize(1200, 760);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void close()
    {
        m_window.reset();
        m_dir.reset();
    }

    MainWindow &window() const { return *m_window; }
    QString storePath() const { return m_dir->filePath(QStringLiteral("trustdesk.db")); }
    QString certificates() const { return m_dir->filePath(QStringLiteral("certificates")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("TRUSTDESK_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QTest::qWait(200); // let the posted layout requests run, as a person would see it
        widget->grab().save(QDir(folder).filePath(name));
    }

private:
    std::unique_ptr<QTemporaryDir> m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace trustdesk::test
