// The German and French translations: complete (no unfinished entry, every placeholder
// kept), current (lupdate over today's sources finds no string they lack), and used (every
// view of the application, shown in each language, has no English string left on screen
// that has a translation).
#include "app/MainWindow.h"
#include "support/DemoDesktop.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
    int line = 0;
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = Entry{context, {}, {}, false, int(xml.lineNumber())};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            entry.unfinished = !type.isEmpty();
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    entry.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (entry.translations.isEmpty())
                entry.translations << text;
            entries << entry;
        }
    }
    return entries;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(TRUSTDESK_SOURCE_DIR "/translations/trustdesk_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

// Every text a person reads on a widget tree.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << text;
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(edit->placeholderText());
        if (auto *tabs = qobject_cast<QTabWidget *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                add(model->headerData(column, Qt::Horizontal).toString());
        }
    }
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void complete_data()
    {
        languages_data();
        QTest::newRow("en (plural forms)") << QStringLiteral("en");
    }
    void complete()
    {
        QFETCH(QString, language);
        const QList<Entry> entries = readTs(tsPath(language));
        QVERIFY(entries.size() > (language == QLatin1String("en") ? 40 : 1000));
        QStringList problems;
        for (const Entry &entry : entries) {
            const QString where = QStringLiteral("%1 line %2 (%3)")
                                      .arg(entry.context)
                                      .arg(entry.line)
                                      .arg(entry.source);
            if (entry.unfinished)
                problems << QStringLiteral("unfinished: ") + where;
            for (const QString &translation : entry.translations) {
                if (translation.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                QSet<QString> wanted = placeholders(entry.source);
                QSet<QString> given = placeholders(translation);
                wanted.remove(QStringLiteral("%n"));
                given.remove(QStringLiteral("%n"));
                if (wanted != given)
                    problems << QStringLiteral("placeholders differ: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // The committed files hold every string of today's sources: a tr() added without
    // running scripts/update-translations.sh (and translating) fails here.
    void current_data() { languages_data(); }
    void current()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(TRUSTDESK_SOURCE_DIR));
        lupdate.start(QStringLiteral(TRUSTDESK_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("src"), QStringLiteral("ui"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QStringList missing;
        for (const Entry &entry : readTs(copy))
            if (entry.unfinished)
                missing << entry.context + QStringLiteral(": ") + entry.source;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in %1 (run scripts/update-translations.sh and "
                                           "translate):\n")
                                .arg(QFileInfo(tsPath(language)).fileName()) +
                            missing.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // Every view in the language: no English string with a translation stays on screen
    // (a string built without tr(), or a widget that never retranslated). Qt's own
    // buttons come from qtbase's translations.
    void everyViewSpeaksTheLanguage_data() { languages_data(); }

    // English plural forms: "1 file", not "1 file(s)".
    void englishPlurals()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(TRUSTDESK_QM_DIR "/trustdesk_en.qm")));
        QCOMPARE(english.translate("trustdesk::CertificateMatrixView", "%n file(s)", nullptr, 1),
                 QStringLiteral("%n file"));
        QCOMPARE(english.translate("trustdesk::CertificateMatrixView", "%n file(s)", nullptr, 2),
                 QStringLiteral("%n files"));
    }
    void everyViewSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QHash<QString, QString> english; // source -> translation, where they differ
        for (const Entry &entry : readTs(tsPath(language)))
            if (entry.translations.value(0) != entry.source && entry.source.size() > 3)
                english.insert(entry.source, entry.translations.value(0));
        QTranslator own;
        QVERIFY(own.load(QStringLiteral(TRUSTDESK_QM_DIR "/trustdesk_%1.qm").arg(language)));
        QApplication::installTranslator(&own);
        QTranslator qt;
        const bool haveQt =
            qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (haveQt)
            QApplication::installTranslator(&qt);
        const QLocale before;
        QLocale::setDefault(QLocale(language));
        DemoDesktop desktop;
        QVERIFY(desktop.prepare());
        QVERIFY(desktop.open());
        MainWindow &window = desktop.window();
        QStringList untranslated;
        const auto check = [&](const QString &where, const QStringList &texts) {
            for (const QString &text : texts)
                if (english.contains(text))
                    untranslated << where + QStringLiteral(": ") + text;
        };
        QStringList menuTexts;
        for (QAction *action : window.menuBar()->actions()) {
            menuTexts << action->text();
            if (action->menu())
                for (QAction *item : action->menu()->actions())
                    menuTexts << item->text();
        }
        check(QStringLiteral("menus"), menuTexts);
        for (const QString &view :
             {QStringLiteral("users"), QStringLiteral("tank"), QStringLiteral("roots"),
              QStringLiteral("cas"), QStringLiteral("mappings"), QStringLiteral("settings"),
              QStringLiteral("audit"), QStringLiteral("orgca"), QStringLiteral("explorer"),
              QStringLiteral("matrix"), QStringLiteral("listener")}) {
            QCOMPARE(window.showView(view), QString());
            QTest::qWait(50);
            check(view, visibleTexts(&window));
            DemoDesktop::screenshot(&window, QStringLiteral("%1-%2.png").arg(view, language));
        }
        desktop.close();
        QLocale::setDefault(before);
        QApplication::removeTranslator(&own);
        if (haveQt)
            QApplication::removeTranslator(&qt);
        untranslated.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
