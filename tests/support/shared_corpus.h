#pragma once

#include <string>

namespace pm::test {

// The documents beside the project in ../shared/, when they are there. Tests that need them
// call this first and return when it is false; it prints "SKIPPED: ..." so ctest shows a skip.
bool shared_directory_available(const std::string& what);

std::string shared_path(const std::string& relative);

}  // namespace pm::test
