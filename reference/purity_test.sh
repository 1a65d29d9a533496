#!/bin/bash
# The reference must read nothing from the machine: no files, environment, clock, identity or syscalls.
# Every object file of the reference libraries is checked for undefined references to such functions
# (C library calls, and the libstdc++ file streams, clocks and random devices that wrap them).
set -euo pipefail
DENY='^(open|open64|openat|openat64|creat|fopen|fopen64|freopen|fdopen|read|pread|pread64|readv|write|pwrite|fstat|fstat64|stat|stat64|lstat|lstat64|fstatat|fstatat64|statx|statfs|statfs64|fstatfs|access|faccessat|readlink|readlinkat|realpath|opendir|readdir|readdir64|scandir|nftw|ftw|getcwd|chdir|getenv|secure_getenv|setenv|putenv|environ|getuid|geteuid|getgid|getegid|getgroups|getpwnam|getpwuid|getgrnam|getpid|getppid|uname|gethostname|sysconf|time|clock_gettime|gettimeofday|clock|getrandom|rand|random|srand|syscall|socket|connect|ioctl|mmap|prctl|capget|getrlimit|prlimit|prlimit64|mount|unshare|setns|_ZNSt14basic_ifstream.*|_ZNSt14basic_ofstream.*|_ZNSt13basic_fstream.*|_ZNSt13basic_filebuf.*|_ZNSt6chrono3_V212system_clock3nowEv|_ZNSt6chrono3_V212steady_clock3nowEv|_ZNSt13random_device.*)(@.*)?$'
checked=0
bad=0
for f in "$@"; do
  case "$f" in
    *.a) nmflags=(-u) ;;
    *.so) nmflags=(-u -D) ;;  # Bazel builds some libraries only as shared objects
    *) continue ;;
  esac
  if [[ ! -e "$f" ]]; then
    echo "missing library: $f"
    exit 1
  fi
  if ! syms=$(nm "${nmflags[@]}" --format=posix "$f" 2>&1); then
    echo "nm failed on $f: $syms"
    exit 1
  fi
  while read -r sym; do
    if [[ "$sym" =~ $DENY ]]; then
      echo "IMPURE: $(basename "$f") references $sym"
      bad=1
    fi
  done < <(awk '{print $1}' <<<"$syms" | sort -u)
  checked=$((checked + 1))
done
if [[ $checked -eq 0 ]]; then
  echo "no reference libraries were given to check"
  exit 1
fi
[[ $bad -eq 0 ]] && echo "checked $checked reference libraries: no file, environment, clock, identity or syscall references"
exit $bad
