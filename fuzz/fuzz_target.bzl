"""One macro per fuzz target: a replay test that `bazel test` runs in every configuration, and a libFuzzer
binary when built with --config=libfuzzer. fuzz/README.md says how to run both."""

load("@rules_cc//cc:defs.bzl", "cc_binary", "cc_library", "cc_test")

# clang links UBSan's C++ half (vptr and function checks) only when it drives the link as clang++;
# Bazel links with clang-14, so fuzz/ binaries built under --config=libfuzzer ask for it explicitly.
SANITIZER_LINKOPTS = select({
    "//fuzz:libfuzzer": ["-fsanitize-link-c++-runtime"],
    "//conditions:default": [],
})

def _seed_corpus_impl(ctx):
    out = ctx.actions.declare_directory(ctx.label.name)
    args = ctx.actions.args()
    args.add(ctx.attr.kind)
    args.add(out.path)
    args.add_all(ctx.files.srcs)
    ctx.actions.run(
        executable = ctx.executable._tool,
        arguments = [args],
        inputs = ctx.files.srcs,
        outputs = [out],
        mnemonic = "FuzzSeeds",
        progress_message = "Deriving the %s seed corpus" % ctx.attr.kind,
    )
    return [DefaultInfo(files = depset([out]), runfiles = ctx.runfiles(files = [out]))]

# A directory of seed inputs derived at build time from corpus/ and golden/ by fuzz/seeds (never
# checked in: the goldens are the single copy).
seed_corpus = rule(
    implementation = _seed_corpus_impl,
    attrs = {
        "kind": attr.string(mandatory = True),
        "srcs": attr.label_list(allow_files = True),
        "_tool": attr.label(default = "//fuzz/seeds:make_seeds", executable = True, cfg = "exec"),
    },
)

def specconf_fuzz_target(name, srcs, deps = [], seeds = None, size = "medium", tags = []):
    """`name` is the libFuzzer binary (fuzz/<name>.cc with LLVMFuzzerTestOneInput); `<name>_replay` runs
    every seed and every fuzz/regressions/<name>/ input through it without a fuzzing engine."""
    cc_library(
        name = name + "_lib",
        srcs = srcs,
        deps = deps,
        alwayslink = 1,
        testonly = 1,
    )

    # libFuzzer supplies main() under --config=libfuzzer; otherwise the replay driver does, so the
    # binary still reproduces a crash file anywhere: bazel-bin/fuzz/<name> crash-...
    cc_binary(
        name = name,
        deps = [":" + name + "_lib"] + select({
            "//fuzz:libfuzzer": [],
            "//conditions:default": ["//fuzz:replay_main"],
        }),
        linkopts = SANITIZER_LINKOPTS + select({
            "//fuzz:libfuzzer": ["-fsanitize=fuzzer"],
            "//conditions:default": [],
        }),
        testonly = 1,
    )

    regressions = native.glob(["regressions/%s/**" % name])
    data = list(regressions)
    args = []
    if seeds:
        data.append(seeds)
        args.append("$(rootpath %s)" % seeds)
    if regressions:
        args.append("fuzz/regressions/" + name)
    cc_test(
        name = name + "_replay",
        size = size,
        deps = [
            ":" + name + "_lib",
            "//fuzz:replay_main",
        ],
        data = data,
        args = args,
        linkopts = SANITIZER_LINKOPTS,
        tags = tags,
    )
