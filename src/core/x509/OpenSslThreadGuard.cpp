#include "OpenSslThreadGuard.h"

#include <openssl/crypto.h>

namespace trustdesk {

OpenSslThreadGuard::~OpenSslThreadGuard()
{
    OPENSSL_thread_stop();
}

} // namespace trustdesk
