// Drives real widgets the way a person would: answers modal dialogs by clicking their
// buttons, and finds children by object name. Shared by the desktop test suites.
#pragma once

#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>

namespace trustdesk::test {

// Acts on the next modal dialog whose object name is `name` as soon as it shows: the test
// answers a dialog the way a person would, by clicking its buttons.
inline void whenModal(const QString &name, std::function<void(QWidget *)> action)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, action] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal->objectName() != name)
            return;
        timer->stop();
        timer->deleteLater();
        action(modal);
    });
    timer->start();
}

inline void clickButton(QWidget *dialog, const QString &objectName)
{
    auto *button = dialog->findChild<QPushButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

inline void clickBox(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QPushButton *button = box->button(which);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Closes a dialog that holds typed input with Cancel, answering "Discard" when it asks.
inline void cancelDiscarding(QWidget *dialog)
{
    whenModal(QStringLiteral("confirmDiscard"), [](QWidget *confirm) {
        QTest::mouseClick(static_cast<QMessageBox *>(confirm)->button(QMessageBox::Discard),
                          Qt::LeftButton);
    });
    clickBox(dialog, QDialogButtonBox::Cancel);
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace trustdesk::test
