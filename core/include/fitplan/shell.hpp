#pragma once
// Quoting for generated shell commands: every input that ends up in a command (paths, model
// names, repo ids, regexes) goes through shell_quote, so no input can run a command of its own.
#include <string>

namespace fitplan {

// POSIX single-quote quoting: the word the shell reads back is exactly `text`, whatever it holds
// (spaces, quotes, $(...), backticks, newlines). Words made only of [A-Za-z0-9_@%+=:,./-] are
// returned as they are (nothing in them is special to the shell); the empty string becomes ''.
std::string shell_quote(const std::string& text);

// True when `text` needs no quoting (see shell_quote).
bool is_shell_safe(const std::string& text);

}  // namespace fitplan
