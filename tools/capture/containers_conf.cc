#include "tools/capture/containers_conf.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>

namespace specconf::capture {
namespace {

class TomlParser {
 public:
  TomlParser(std::string_view text, std::map<std::string, TomlValue>& out) : s_(text), out_(out) {}

  std::string run() {
    while (true) {
      skip_blank_lines();
      if (pos_ >= s_.size()) return "";
      if (s_[pos_] == '[') {
        if (std::string err = table_header(); !err.empty()) return err;
      } else {
        if (std::string err = key_value(); !err.empty()) return err;
      }
    }
  }

 private:
  std::string fail(const std::string& what) const {
    const long line = 1 + std::count(s_.begin(), s_.begin() + static_cast<long>(std::min(pos_, s_.size())), '\n');
    return "line " + std::to_string(line) + ": " + what;
  }

  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t')) ++pos_;
  }
  void skip_comment() {
    if (pos_ < s_.size() && s_[pos_] == '#') {
      while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
    }
  }
  void skip_blank_lines() {
    while (pos_ < s_.size()) {
      skip_space();
      skip_comment();
      if (pos_ < s_.size() && (s_[pos_] == '\n' || s_[pos_] == '\r')) {
        ++pos_;
        continue;
      }
      break;
    }
  }
  // Whitespace, newlines and comments, as allowed inside arrays.
  void skip_all() {
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') ++pos_;
      else if (c == '#') skip_comment();
      else break;
    }
  }
  std::string end_of_line() {
    skip_space();
    skip_comment();
    if (pos_ < s_.size() && s_[pos_] == '\r') ++pos_;
    if (pos_ < s_.size() && s_[pos_] != '\n') return fail("unexpected text after value");
    if (pos_ < s_.size()) ++pos_;
    return "";
  }

  std::string key(std::string& out) {
    out.clear();
    while (true) {
      skip_space();
      std::string part;
      if (pos_ < s_.size() && (s_[pos_] == '"' || s_[pos_] == '\'')) {
        TomlValue v;
        if (std::string err = string_value(v); !err.empty()) return err;
        part = v.text;
      } else {
        const std::size_t start = pos_;
        while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_' ||
                                    s_[pos_] == '-'))
          ++pos_;
        if (pos_ == start) return fail("expected a key");
        part = std::string(s_.substr(start, pos_ - start));
      }
      out += (out.empty() ? "" : ".") + part;
      skip_space();
      if (pos_ < s_.size() && s_[pos_] == '.') {
        ++pos_;
        continue;
      }
      return "";
    }
  }

  std::string table_header() {
    ++pos_;
    const bool array_table = pos_ < s_.size() && s_[pos_] == '[';
    if (array_table) ++pos_;
    std::string name;
    if (std::string err = key(name); !err.empty()) return err;
    if (pos_ >= s_.size() || s_[pos_] != ']') return fail("expected ]");
    ++pos_;
    if (array_table) {
      if (pos_ >= s_.size() || s_[pos_] != ']') return fail("expected ]]");
      ++pos_;
    }
    table_ = array_table ? "[[" + name + "]]" : name;  // keys under an array of tables are not kept apart
    return end_of_line();
  }

  std::string key_value() {
    std::string k;
    if (std::string err = key(k); !err.empty()) return err;
    if (pos_ >= s_.size() || s_[pos_] != '=') return fail("expected = after " + k);
    ++pos_;
    skip_space();
    TomlValue v;
    if (std::string err = value(v); !err.empty()) return err;
    out_[table_.empty() ? k : table_ + "." + k] = std::move(v);
    return end_of_line();
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xc0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xe0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
      out += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }

  std::string string_value(TomlValue& v) {
    v = TomlValue{};
    v.kind = TomlValue::Kind::kString;
    const char q = s_[pos_];
    const bool multi = s_.substr(pos_, 3) == std::string(3, q);
    pos_ += multi ? 3 : 1;
    if (multi && pos_ < s_.size() && s_[pos_] == '\n') ++pos_;  // a newline right after """ is trimmed
    while (true) {
      if (pos_ >= s_.size()) return fail("unterminated string");
      const char c = s_[pos_];
      if (multi ? s_.substr(pos_, 3) == std::string(3, q) : c == q) {
        pos_ += multi ? 3 : 1;
        return "";
      }
      if (!multi && c == '\n') return fail("newline in string");
      if (c == '\\' && q == '"') {
        if (pos_ + 1 >= s_.size()) return fail("unterminated escape");
        const char e = s_[pos_ + 1];
        pos_ += 2;
        switch (e) {
          case 'b': v.text += '\b'; break;
          case 't': v.text += '\t'; break;
          case 'n': v.text += '\n'; break;
          case 'f': v.text += '\f'; break;
          case 'r': v.text += '\r'; break;
          case '"': v.text += '"'; break;
          case '\\': v.text += '\\'; break;
          case 'u':
          case 'U': {
            const std::size_t n = e == 'u' ? 4 : 8;
            if (pos_ + n > s_.size()) return fail("short unicode escape");
            std::uint32_t cp = 0;
            for (std::size_t i = 0; i < n; ++i) {
              const char h = s_[pos_ + i];
              if (!std::isxdigit(static_cast<unsigned char>(h))) return fail("bad unicode escape");
              cp = cp * 16 + static_cast<std::uint32_t>(std::isdigit(static_cast<unsigned char>(h))
                                                            ? h - '0'
                                                            : std::tolower(static_cast<unsigned char>(h)) - 'a' + 10);
            }
            pos_ += n;
            append_utf8(v.text, cp);
            break;
          }
          case '\n':
          case ' ':
          case '\t':
          case '\r':
            if (!multi) return fail("bad escape");
            // line-ending backslash: drop the newline and the whitespace that follows
            while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
            break;
          default:
            return fail(std::string("bad escape \\") + e);
        }
        continue;
      }
      v.text += c;
      ++pos_;
    }
  }

  std::string value(TomlValue& v) {
    if (pos_ >= s_.size()) return fail("missing value");
    const char c = s_[pos_];
    if (c == '"' || c == '\'') return string_value(v);
    if (c == '[') {
      v = TomlValue{};
      v.kind = TomlValue::Kind::kArray;
      ++pos_;
      while (true) {
        skip_all();
        if (pos_ >= s_.size()) return fail("unterminated list");
        if (s_[pos_] == ']') {
          ++pos_;
          return "";
        }
        TomlValue item;
        if (std::string err = value(item); !err.empty()) return err;
        v.items.push_back(std::move(item));
        skip_all();
        if (pos_ < s_.size() && s_[pos_] == ',') ++pos_;
        else if (pos_ < s_.size() && s_[pos_] != ']') return fail("expected , or ] in list");
      }
    }
    if (c == '{') {  // inline table: read, not kept
      int depth = 0;
      for (; pos_ < s_.size(); ++pos_) {
        if (s_[pos_] == '"' || s_[pos_] == '\'') {
          TomlValue ignored;
          if (std::string err = string_value(ignored); !err.empty()) return err;
          --pos_;
        } else if (s_[pos_] == '{') {
          ++depth;
        } else if (s_[pos_] == '}' && --depth == 0) {
          ++pos_;
          v = TomlValue{};
          return "";
        }
      }
      return fail("unterminated inline table");
    }
    const std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] != ',' && s_[pos_] != ']' && s_[pos_] != '#' && s_[pos_] != '\n' &&
           s_[pos_] != '\r' && s_[pos_] != '}')
      ++pos_;
    std::string tok(s_.substr(start, pos_ - start));
    while (!tok.empty() && (tok.back() == ' ' || tok.back() == '\t')) tok.pop_back();
    if (tok.empty()) return fail("missing value");
    v = TomlValue{};
    if (tok == "true" || tok == "false") {
      v.kind = TomlValue::Kind::kBoolean;
      v.boolean = tok == "true";
      return "";
    }
    std::string digits;
    for (char d : tok) {
      if (d != '_') digits += d;
    }
    try {
      std::size_t used = 0;
      int base = 10;
      std::string body = digits;
      bool negative = false;
      if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body = body.substr(1);
      }
      if (body.rfind("0x", 0) == 0) base = 16, body = body.substr(2);
      else if (body.rfind("0o", 0) == 0) base = 8, body = body.substr(2);
      else if (body.rfind("0b", 0) == 0) base = 2, body = body.substr(2);
      if (!body.empty() && std::isalnum(static_cast<unsigned char>(body[0]))) {
        const long long n = std::stoll(body, &used, base);
        if (used == body.size()) {
          v.kind = TomlValue::Kind::kInteger;
          v.integer = negative ? -n : n;
          return "";
        }
      }
    } catch (const std::exception&) {
    }
    v.kind = TomlValue::Kind::kOther;  // float, date, inf, nan
    v.text = tok;
    return "";
  }

  std::string_view s_;
  std::map<std::string, TomlValue>& out_;
  std::size_t pos_ = 0;
  std::string table_;
};

std::string want_string(const TomlValue& v, const std::string& key, std::string& out) {
  if (v.kind != TomlValue::Kind::kString) return key + " must be a string";
  out = v.text;
  return "";
}

std::string want_strings(const TomlValue& v, const std::string& key, std::vector<std::string>& out) {
  if (v.kind != TomlValue::Kind::kArray) return key + " must be a list";
  std::vector<std::string> tmp;
  for (const auto& item : v.items) {
    if (item.kind != TomlValue::Kind::kString) return key + " must be a list of strings";
    tmp.push_back(item.text);
  }
  out = std::move(tmp);
  return "";
}

bool exists(const std::string& path) {
  struct stat st {};
  return stat(path.c_str(), &st) == 0;
}

// addConfigs: the *.conf files directly inside dir, sorted.
void add_conf_dir(const std::string& dir, std::vector<std::string>& out) {
  std::vector<std::string> found;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      const std::string path = dir + "/" + n;
      struct stat st {};
      if (n.size() > 5 && n.compare(n.size() - 5, 5, ".conf") == 0 && stat(path.c_str(), &st) == 0 &&
          !S_ISDIR(st.st_mode))
        found.push_back(path);
    }
    closedir(d);
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

std::string parse_toml(std::string_view text, std::map<std::string, TomlValue>& out) {
  out.clear();
  return TomlParser(text, out).run();
}

host::ContainersConf compiled_defaults(const ConfDefaultsInput& in) {
  host::ContainersConf c;
  c.annotations = {};
  c.apparmor_profile = in.apparmor_profile;
  c.cgroupns = in.cgroup_version == 2 ? "private" : "host";
  c.cgroups = "enabled";
  c.default_capabilities = {"CAP_AUDIT_WRITE", "CAP_CHOWN",  "CAP_DAC_OVERRIDE",     "CAP_FOWNER", "CAP_FSETID",
                            "CAP_KILL",        "CAP_MKNOD",  "CAP_NET_BIND_SERVICE", "CAP_NET_RAW", "CAP_SETFCAP",
                            "CAP_SETGID",      "CAP_SETPCAP", "CAP_SETUID",          "CAP_SYS_CHROOT"};
  c.default_sysctls = {};
  c.default_ulimits = in.default_ulimits;
  c.devices = {};
  c.env = {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TERM=xterm"};
  c.init_path = "/usr/libexec/podman/catatonit";  // engine.init_path (DefaultInitPath)
  c.ipcns = "shareable";
  c.netns = "private";
  c.no_hosts = false;
  c.pidns = "private";
  c.pids_limit = 2048;
  c.seccomp_profile = "";
  c.umask = "0022";
  c.userns = "";
  c.utsns = "private";
  c.volumes = {};
  return c;
}

std::string apply_containers_conf(const std::string& path, std::string_view text, host::ContainersConf& conf) {
  std::map<std::string, TomlValue> kv;
  if (std::string err = parse_toml(text, kv); !err.empty()) return path + ": " + err;
  host::ContainersConf c = conf;
  for (const auto& [key, v] : kv) {
    std::string err;
    if (key == "containers.annotations") err = want_strings(v, key, c.annotations);
    else if (key == "containers.apparmor_profile") err = want_string(v, key, c.apparmor_profile);
    else if (key == "containers.cgroupns") err = want_string(v, key, c.cgroupns);
    else if (key == "containers.cgroups") err = want_string(v, key, c.cgroups);
    else if (key == "containers.default_capabilities") err = want_strings(v, key, c.default_capabilities);
    else if (key == "containers.default_sysctls") err = want_strings(v, key, c.default_sysctls);
    else if (key == "containers.default_ulimits") err = want_strings(v, key, c.default_ulimits);
    else if (key == "containers.devices") err = want_strings(v, key, c.devices);
    else if (key == "containers.env") err = want_strings(v, key, c.env);
    else if (key == "engine.init_path") err = want_string(v, key, c.init_path);
    else if (key == "containers.ipcns") err = want_string(v, key, c.ipcns);
    else if (key == "containers.netns") err = want_string(v, key, c.netns);
    else if (key == "containers.pidns") err = want_string(v, key, c.pidns);
    else if (key == "containers.seccomp_profile") err = want_string(v, key, c.seccomp_profile);
    else if (key == "containers.umask") err = want_string(v, key, c.umask);
    else if (key == "containers.userns") err = want_string(v, key, c.userns);
    else if (key == "containers.utsns") err = want_string(v, key, c.utsns);
    else if (key == "containers.volumes") err = want_strings(v, key, c.volumes);
    else if (key == "containers.no_hosts") {
      if (v.kind != TomlValue::Kind::kBoolean) err = key + " must be a boolean";
      else c.no_hosts = v.boolean;
    } else if (key == "containers.pids_limit") {
      if (v.kind != TomlValue::Kind::kInteger) err = key + " must be an integer";
      else c.pids_limit = v.integer;
    }
    if (!err.empty()) return path + ": " + err;
  }
  conf = std::move(c);
  return "";
}

void add_cap_prefix(host::ContainersConf& conf) {
  for (auto& cap : conf.default_capabilities) {
    std::string lower = cap;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (lower.rfind("cap_", 0) != 0) {
      std::string upper = cap;
      std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char ch) { return std::toupper(ch); });
      cap = "CAP_" + upper;
    }
  }
}

std::vector<std::string> containers_conf_files(bool rootless, const std::string& home) {
  std::vector<std::string> out;
  for (const char* f : {"/usr/share/containers/containers.conf", "/etc/containers/containers.conf"}) {
    if (exists(f)) out.push_back(f);
  }
  add_conf_dir("/etc/containers/containers.conf.d", out);
  if (rootless) {
    const std::string user_conf = home + "/.config/containers/containers.conf";
    if (exists(user_conf)) out.push_back(user_conf);
    add_conf_dir(user_conf + ".d", out);
  }
  return out;
}

}  // namespace specconf::capture
