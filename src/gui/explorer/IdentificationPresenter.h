// An Identification in the chain explorer's words: what an IIS site with client certificate
// mapping answers (status and who signed in), then every mapping in evaluation order with
// why it matched, did not, or was not consulted.
#pragma once

#include "engine/CertificateMapper.h"

#include <QCoreApplication>
#include <QString>

namespace trustdesk {

class IdentificationPresenter
{
    Q_DECLARE_TR_FUNCTIONS(IdentificationPresenter)
public:
    static QString headline(const Identification &identification);
    static QString html(const Identification &identification);
};

} // namespace trustdesk
