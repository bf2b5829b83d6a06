// IIS client certificate mappings (RULES.md section 3, "Identify without a username"): a
// one-to-one mapping names one exact certificate and the user it signs in as; a
// many-to-one mapping has rules on the certificate's subject or issuer and allows (as its
// user) or denies. The organisation keeps them in an ordered list.
#pragma once

#include "../x509/Certificate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace trustdesk {

// One rule of a many-to-one mapping: FIELD.SUBFIELD=PATTERN (case-sensitive, as IIS by
// default) or FIELD.SUBFIELD~=PATTERN (case-insensitive).
struct MappingRule
{
    Q_DECLARE_TR_FUNCTIONS(MappingRule)
public:
    enum class Field
    {
        Subject,
        Issuer
    };
    Field field = Field::Subject;
    QString subfield; // an attribute short name: CN, OU, O, L, S, C, E, ...
    QString pattern;  // '*' matches any run of characters; the rest is literal
    bool caseSensitive = true;

    // "subject.O=Contoso"; throws InputError naming the text and what is wrong.
    static MappingRule parse(const QString &text);
    QString toText() const;
    static QString fieldName(Field field); // "subject", "issuer"
    // The OpenSSL NID of the sub-field (IIS's names first: S is the state, E the e-mail
    // address; then OpenSSL's short and long names), NID_undef when there is none.
    int subfieldNid() const;
    QJsonObject toJson() const;
    bool operator==(const MappingRule &other) const;
};

struct CertificateMapping
{
    Q_DECLARE_TR_FUNCTIONS(CertificateMapping)
public:
    enum class Kind
    {
        OneToOne,
        ManyToOne
    };
    enum class Permission
    {
        Allow,
        Deny
    };

    qint64 id = 0;
    Kind kind = Kind::ManyToOne;
    bool enabled = true;
    QString username; // the user it signs in as (a deny may name none)
    // one-to-one
    Certificate certificate;
    // many-to-one
    QString name;
    QString description;
    Permission permission = Permission::Allow;
    QList<MappingRule> rules;

    static QString kindName(Kind kind);                   // "one-to-one", "many-to-one"
    static QString permissionName(Permission permission); // "allow", "deny"
    // A label for people: the name of a many-to-one, the subject of a one-to-one.
    QString label() const;
    // The `map list --json` shape of CLI.md.
    QJsonObject toJson() const;
};

} // namespace trustdesk
