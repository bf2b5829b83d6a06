// Runs a call that should refuse its input and hands back the InputError it threw (nothing
// when it threw none), so a test can check the message and the reason. Any other exception
// escapes to QtTest, which fails the test.
#pragma once

#include "InputError.h"

#include <optional>
#include <utility>

namespace trustdesk::test {

template <typename Call> std::optional<InputError> inputErrorOf(Call &&call)
{
    try {
        std::forward<Call>(call)();
    } catch (const InputError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace trustdesk::test
