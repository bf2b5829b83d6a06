// For a job on a pool thread that uses OpenSSL: when the job ends, the thread's OpenSSL
// state (its random generators, its error queue) is freed. Pool threads outlive their
// jobs, and may outlive OpenSSL's own clean-up at exit, which frees only the main
// thread's state; what is left then is lost memory.
#pragma once

namespace trustdesk {

class OpenSslThreadGuard
{
public:
    OpenSslThreadGuard() = default;
    ~OpenSslThreadGuard();
    OpenSslThreadGuard(const OpenSslThreadGuard &) = delete;
    OpenSslThreadGuard &operator=(const OpenSslThreadGuard &) = delete;
};

} // namespace trustdesk
