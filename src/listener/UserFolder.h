// A user's FTPS folder (root/ORGANISATION/USER): every path a client names is resolved
// inside it, and nothing inside may lead outside. ".." stops at the top; a symbolic link
// (put there by someone with access to the machine) counts only when it leads to a place
// inside the folder, and files are opened and written without following links at all
// (openat with O_NOFOLLOW from the folder down, on POSIX), so that no link can carry a
// read or an upload elsewhere, even one that appears between the check and the open.
#pragma once

#include <QFile>
#include <QString>
#include <memory>

namespace trustdesk {

class UserFolder
{
public:
    // `home` must exist; it is taken in its canonical form.
    explicit UserFolder(const QString &home);
    UserFolder() = default;

    bool isValid() const { return !m_home.isEmpty(); }
    QString home() const { return m_home; }

    // The real path of a client's path (absolute, or relative to the virtual `cwd`), or ""
    // when it would leave the folder: a symbolic link leading out (or nowhere), a
    // backslash or NUL in a name.
    QString resolve(const QString &cwd, const QString &path) const;
    // The virtual path ("/", "/docs") of a real path inside the folder.
    QString virtualPath(const QString &real) const;

    // Removes the file (or link) `real` names, without following links on the way.
    bool remove(const QString &real) const;

    // A file opened for reading without following links; null (and `error`) when not.
    std::unique_ptr<QFile> openForReading(const QString &real, QString *error) const;

    // An upload: written to a temporary file beside the target, put in place by commit()
    // (atomically, replacing a link rather than writing through it), removed otherwise.
    class Upload
    {
    public:
        ~Upload();
        QFile &file() { return m_file; }
        bool commit();
        void cancel();

    private:
        friend class UserFolder;
        Upload() = default;
        QFile m_file;
        QString m_temporary;
        QString m_target;
        int m_folder = -1; // the target's folder, held open (POSIX)
        bool m_done = false;
    };
    std::unique_ptr<Upload> beginUpload(const QString &real, QString *error) const;

private:
    // The folder holding `real`, opened without following any link on the way down from
    // the home (POSIX); -1 when a component is a link or missing.
    int openParent(const QString &real, QString *name) const;

    QString m_home;
};

} // namespace trustdesk
