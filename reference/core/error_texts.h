// The Go error values podman wraps (libpod/define/errors.go and the syscall errno strings), so that a
// grep for any of podman's messages lands here or next to the function that produces it.
#pragma once

namespace specconf::ref::errors {

inline constexpr const char* kInvalidArg = "invalid argument";                 // define.ErrInvalidArg
inline constexpr const char* kInvalidSpecConfig = "invalid configuration";     // define.ErrInvalidSpecConfig
inline constexpr const char* kNoSuchCtr = "no such container";                 // define.ErrNoSuchCtr
inline constexpr const char* kNoSuchPod = "no such pod";                       // define.ErrNoSuchPod
inline constexpr const char* kNoSuchImage = "image not known";                 // storage.ErrImageUnknown
inline constexpr const char* kDuplicateDest = "duplicate mount destination";   // specgen.ErrDuplicateDest
inline constexpr const char* kBadMntOption = "invalid mount option";           // util.ErrBadMntOption
inline constexpr const char* kDupeMntOption = "duplicate mount option passed"; // util.ErrDupeMntOption
inline constexpr const char* kENOENT = "no such file or directory";            // syscall.ENOENT
inline constexpr const char* kEACCES = "permission denied";                    // syscall.EACCES
inline constexpr const char* kENOTDIR = "not a directory";                     // syscall.ENOTDIR

// Validate()'s errors reach the reply as "invalid config provided: <err>" (container_create.go).
inline constexpr const char* kInvalidConfigPrefix = "invalid config provided: ";

}  // namespace specconf::ref::errors
