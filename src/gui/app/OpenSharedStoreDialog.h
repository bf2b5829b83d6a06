// File > Open shared store: where a PostgreSQL store is (host, port, database, user, TLS)
// and the password, asked for each time and kept only in memory. The location it gives
// is a postgresql:// URL without the password, which is what the recent stores remember.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace trustdesk {

class OpenSharedStoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenSharedStoreDialog(QWidget *parent = nullptr);

    // Fills the fields from a postgresql:// URL (a recent store); the password stays empty.
    void setLocation(const QString &url);
    // The store's URL, without the password.
    QString location() const;
    QString password() const;

    // The URL of a store: postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE].
    static QString urlFor(const QString &host, int port, const QString &database,
                          const QString &user, const QString &sslmode);

private:
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace trustdesk
