// A web.config or applicationHost.config comes from another machine: whatever it holds, the
// reader returns problems and mappings without crashing, each problem names where it is,
// and what it reads as clean the writer writes back to the same mappings.
#include "FuzzSupport.h"
#include "services/IisConfigReader.h"
#include "services/IisConfigWriter.h"

#include <cstdlib>

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const IisConfig config = IisConfigReader::read(fuzz::bytes(data, size));
    for (const IisProblem &problem : config.problems)
        if (problem.line1().isEmpty() || problem.line < 0 || problem.column < 0)
            std::abort();
    if (!config.problems.isEmpty())
        return 0;
    QList<CertificateMapping> mappings;
    for (const IisMapping &m : config.mappings)
        mappings << m.mapping;
    const IisConfig again = IisConfigReader::read(IisConfigWriter::webConfig(mappings));
    if (!again.problems.isEmpty() || again.mappings.size() != mappings.size())
        std::abort();
    for (qsizetype i = 0; i < mappings.size(); ++i)
        if (again.mappings.at(i).mapping.toJson() != mappings.at(i).toJson())
            std::abort();
    return 0;
}
