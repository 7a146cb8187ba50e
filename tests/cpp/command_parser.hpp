#pragma once
// Reads generated shell text back the way a POSIX shell and the runtimes would: a word splitter
// (quotes, escapes, continuations, comments, quoted here-documents) and readers for the
// llama-server / llama-cli and llama-quantize arguments. Test helper only.
#include <cctype>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace fitplan::test {

struct ShellCommand {
  std::vector<std::string> words;
  std::string heredoc;  // body of a <<'WORD' here-document ("" when none)
};

// Splits `text` into commands. Outside quotes: an unescaped newline ends a command, backslash-newline
// continues it, a backslash escapes the next character, '#' at the start of a word starts a comment,
// '>' is a word of its own. '...' is literal; "..." honours backslash before $ ` " \ and newline.
// <<'WORD' (or <<WORD) attaches the following lines up to a line equal to WORD as the here-document.
// Returns nullopt on an unterminated quote or here-document.
inline std::optional<std::vector<ShellCommand>> parse_shell(const std::string& text) {
  std::vector<ShellCommand> commands;
  ShellCommand current;
  std::string word;
  bool in_word = false;
  std::string pending_delimiter;  // here-document delimiter read on this line
  bool want_delimiter = false;
  auto end_word = [&] {
    if (!in_word) return;
    if (want_delimiter) {
      pending_delimiter = word;
      want_delimiter = false;
    } else {
      current.words.push_back(word);
    }
    word.clear();
    in_word = false;
  };
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const char c = text[i];
    if (c == '\'') {
      const std::size_t close = text.find('\'', i + 1);
      if (close == std::string::npos) return std::nullopt;
      word += text.substr(i + 1, close - i - 1);
      in_word = true;
      i = close + 1;
    } else if (c == '"') {
      ++i;
      in_word = true;
      bool closed = false;
      while (i < n) {
        if (text[i] == '"') {
          closed = true;
          ++i;
          break;
        }
        if (text[i] == '\\' && i + 1 < n && std::string("$`\"\\\n").find(text[i + 1]) != std::string::npos) {
          if (text[i + 1] != '\n') word += text[i + 1];
          i += 2;
          continue;
        }
        word += text[i++];
      }
      if (!closed) return std::nullopt;
    } else if (c == '\\') {
      if (i + 1 < n && text[i + 1] == '\n') {
        i += 2;  // line continuation
      } else if (i + 1 < n) {
        word += text[i + 1];
        in_word = true;
        i += 2;
      } else {
        ++i;
      }
    } else if (c == '#' && !in_word) {
      while (i < n && text[i] != '\n') ++i;
    } else if (c == ' ' || c == '\t') {
      end_word();
      ++i;
    } else if (c == '>') {
      end_word();
      current.words.push_back(">");
      ++i;
    } else if (c == '<' && !in_word && i + 1 < n && text[i + 1] == '<') {
      want_delimiter = true;
      i += 2;
    } else if (c == '\n') {
      end_word();
      ++i;
      if (!pending_delimiter.empty()) {
        // Read the here-document body.
        bool found = false;
        while (i <= n) {
          const std::size_t eol = text.find('\n', i);
          const std::string line = text.substr(i, eol == std::string::npos ? std::string::npos : eol - i);
          i = eol == std::string::npos ? n + 1 : eol + 1;
          if (line == pending_delimiter) {
            found = true;
            break;
          }
          current.heredoc += line + "\n";
          if (eol == std::string::npos) break;
        }
        if (!found) return std::nullopt;
        if (i > n) i = n;
        pending_delimiter.clear();
      }
      if (!current.words.empty()) commands.push_back(current);
      current = ShellCommand{};
    } else {
      word += c;
      in_word = true;
      ++i;
    }
  }
  end_word();
  if (!pending_delimiter.empty() || want_delimiter) return std::nullopt;
  if (!current.words.empty()) commands.push_back(current);
  return commands;
}

// The contents of files written by `cat > FILE <<'EOF'` commands, by file name.
inline std::vector<std::pair<std::string, std::string>> heredoc_files(const std::vector<ShellCommand>& commands) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& c : commands) {
    if (c.words.size() == 3 && c.words[0] == "cat" && c.words[1] == ">") files.emplace_back(c.words[2], c.heredoc);
  }
  return files;
}

inline std::vector<std::string> whitespace_tokens(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> tokens;
  for (std::string t; in >> t;) tokens.push_back(t);
  return tokens;
}

// A llama-server / llama-cli command line, as common/arg.cpp reads it.
struct LlamaArgs {
  std::string program;
  std::string model;
  int context = -1;
  int n_gpu_layers = -1;         // -1 = not given (auto)
  int n_cpu_moe = 0;
  int parallel = -1;
  std::string flash_attention;   // -fa value
  std::string cache_type_k = "f16";
  std::string cache_type_v = "f16";
  std::string load_mode;         // --load-mode value, or "none" for --no-mmap
  bool no_repack = false;        // --no-repack
  std::string fit;               // --fit value
  std::string split_mode, tensor_split;
  // Tensor buffer overrides in the order llama.cpp adds them: --n-cpu-moe expands to one regex per
  // block at its position, -ot adds its comma-separated pairs.
  std::vector<std::pair<std::string, std::string>> overrides;
  std::vector<std::string> unknown;  // flags this reader does not know
};

inline LlamaArgs read_llama_args(const std::vector<std::string>& words) {
  LlamaArgs a;
  if (words.empty()) return a;
  a.program = words[0];
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string& f = words[i];
    if (f == "--no-mmap") {
      a.load_mode = "none";
      continue;
    }
    if (f == "--no-repack") {
      a.no_repack = true;
      continue;
    }
    static const std::vector<std::string> valued = {"-m",  "-c",  "-ngl",        "-fa",         "-ctk",  "-ctv", "-b",  "-ub",   "-t",
                                                    "-np", "-ot", "--n-cpu-moe", "--load-mode", "--fit", "-sm",  "-ts", "--port"};
    bool known = false;
    for (const auto& v : valued) known = known || v == f;
    if (!known || i + 1 >= words.size()) {
      a.unknown.push_back(f);
      continue;
    }
    const std::string& v = words[++i];
    if (f == "-m") a.model = v;
    else if (f == "-c") a.context = std::stoi(v);
    else if (f == "-ngl") a.n_gpu_layers = std::stoi(v);
    else if (f == "-fa") a.flash_attention = v;
    else if (f == "-ctk") a.cache_type_k = v;
    else if (f == "-ctv") a.cache_type_v = v;
    else if (f == "-np") a.parallel = std::stoi(v);
    else if (f == "--load-mode") a.load_mode = v;
    else if (f == "--fit") a.fit = v;
    else if (f == "-sm") a.split_mode = v;
    else if (f == "-ts") a.tensor_split = v;
    else if (f == "--n-cpu-moe") {
      a.n_cpu_moe = std::stoi(v);
      for (int b = 0; b < a.n_cpu_moe; ++b) {
        a.overrides.emplace_back("blk\\." + std::to_string(b) + "\\.ffn_(up|down|gate|gate_up)_(ch|)exps", "CPU");
      }
    } else if (f == "-ot") {
      std::size_t start = 0;
      while (start <= v.size()) {
        const std::size_t comma = v.find(',', start);
        const std::string pair = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const std::size_t eq = pair.find('=');
        a.overrides.emplace_back(pair.substr(0, eq), eq == std::string::npos ? "" : pair.substr(eq + 1));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
  }
  return a;
}

// A llama-quantize command line, as tools/quantize/quantize.cpp reads it.
struct QuantizeArgs {
  std::string imatrix;
  std::string token_embedding_type, output_tensor_type;
  std::string tensor_type_file;
  std::vector<std::pair<std::string, std::string>> tensor_types;  // lower-cased NAME regex, TYPE
  bool allow_requantize = false;
  std::vector<std::string> positional;                            // source, output, ftype, [threads]
  std::vector<std::string> unknown;
};

inline std::string lower_case(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// NAME=TYPE split at the first '=' (strchr), NAME lower-cased.
inline std::pair<std::string, std::string> split_tensor_type(const std::string& token) {
  const std::size_t eq = token.find('=');
  if (eq == std::string::npos) return {lower_case(token), ""};
  return {lower_case(token.substr(0, eq)), token.substr(eq + 1)};
}

inline QuantizeArgs read_quantize_args(const std::vector<std::string>& words,
                                       const std::vector<std::pair<std::string, std::string>>& files = {}) {
  QuantizeArgs q;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string& f = words[i];
    const bool has_value = i + 1 < words.size();
    if (f == "--allow-requantize") q.allow_requantize = true;
    else if (f == "--imatrix" && has_value) q.imatrix = words[++i];
    else if (f == "--token-embedding-type" && has_value) q.token_embedding_type = words[++i];
    else if (f == "--output-tensor-type" && has_value) q.output_tensor_type = words[++i];
    else if (f == "--tensor-type" && has_value) q.tensor_types.push_back(split_tensor_type(words[++i]));
    else if (f == "--tensor-type-file" && has_value) {
      q.tensor_type_file = words[++i];
      bool found = false;
      for (const auto& [name, content] : files) {
        if (name != q.tensor_type_file) continue;
        found = true;
        for (const auto& token : whitespace_tokens(content)) q.tensor_types.push_back(split_tensor_type(token));
      }
      if (!found) q.unknown.push_back("missing file " + q.tensor_type_file);
    } else if (!f.empty() && f[0] == '-') q.unknown.push_back(f);
    else q.positional.push_back(f);
  }
  return q;
}

}  // namespace fitplan::test
