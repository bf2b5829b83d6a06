// trustdesk: the desktop application.
#include "app/MainWindow.h"
#include "app/ScreenGrabber.h"
#include "app/StoreOpener.h"
#include "common/ErrorReporter.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QSettings>
#include <QStyle>
#include <QTranslator>
#include <cstdio>

using trustdesk::MainWindow;

namespace {

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // Any other language (or none set) reads English, with its plural forms.
    if (own->load(QLocale(), QStringLiteral("trustdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("trustdesk_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

// The application icon at every size resources/application.qrc embeds.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/app/org.trustdesk.TrustDesk-%1.png").arg(size),
                     QSize(size, size));
    return icon;
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "trustdesk: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TrustDesk"));
    QApplication::setApplicationName(QStringLiteral("TrustDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TRUSTDESK_VERSION));
    // The application id: the .desktop file, the AppStream metainfo and the icon's name.
    QApplication::setDesktopFileName(QStringLiteral("org.trustdesk.TrustDesk"));
    QApplication::setWindowIcon(applicationIcon());
    installTranslators(app);
#ifndef Q_OS_WIN
    // Without a desktop theme (offscreen, minimal X sessions) Qt falls back to the old
    // Windows look; Fusion is the one it draws well everywhere.
    if (QApplication::style()->name().compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
#endif

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Administration of client-certificate authentication."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "The store to open."),
                                QStringLiteral("PATH"));
    const QCommandLineOption dbUrl(
        QStringLiteral("db-url"),
        QApplication::translate("main", "A shared store on a PostgreSQL server (the password "
                                        "is asked for unless the URL or ~/.pgpass gives it)."),
        QStringLiteral("postgresql://USER@HOST:PORT/NAME"));
    const QCommandLineOption org(QStringLiteral("org"),
                                 QApplication::translate("main", "The organisation to show."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption show(
        QStringLiteral("show"),
        QApplication::translate("main",
                                "The view to open: users, user:NAME, roots, cas, tank, mappings, "
                                "audit, settings, orgca, wizard[:NAME], explorer:FILE[@USER], "
                                "matrix:DIR[@USER], listener, shared-store."),
        QStringLiteral("VIEW"));
    const QCommandLineOption grab(
        QStringLiteral("grab"),
        QApplication::translate("main", "Save a screenshot of the view as FILE.png and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size for --grab (default 1200x760)."),
        QStringLiteral("WxH"), QStringLiteral("1200x760"));
    parser.addOptions({db, dbUrl, org, show, grab, size});
    parser.process(app);

    QString path = parser.isSet(dbUrl) ? parser.value(dbUrl) : parser.value(db);
    if (path.isEmpty()) {
        const QStringList recent = QSettings().value(QStringLiteral("recentStores")).toStringList();
        path = recent.isEmpty() ? trustdesk::Store::defaultPath() : recent.first();
        if (recent.isEmpty())
            trustdesk::Store::createDefaultFolder();
    }

    MainWindow window;
    if (parser.isSet(grab)) {
        const QStringList dims = parser.value(size).split(QLatin1Char('x'));
        const QSize windowSize(dims.value(0).toInt(), dims.value(1).toInt());
        if (windowSize.width() < 200 || windowSize.height() < 200)
            return fail(QApplication::translate("main", "--size '%1' is not WIDTHxHEIGHT")
                            .arg(parser.value(size)),
                        2);
        const QString error =
            trustdesk::StoreOpener::openNow(window.workspace(), path, parser.value(org));
        if (!error.isEmpty())
            return fail(error, 4);
        const QString grabError = trustdesk::ScreenGrabber::grab(
            window, parser.value(show).isEmpty() ? QStringLiteral("users") : parser.value(show),
            parser.value(grab), windowSize);
        return grabError.isEmpty() ? 0 : fail(grabError, 2);
    }

    window.show();
    const QString view = parser.value(show);
    window.openStore(path, parser.value(org), [&window, view](bool opened) {
        if (opened && !view.isEmpty()) {
            const QString error = window.showView(view);
            if (!error.isEmpty())
                trustdesk::ErrorReporter::show(&window, QApplication::translate("main", "Show"),
                                               error);
        }
    });
    return QApplication::exec();
}
