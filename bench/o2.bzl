"""Builds libraries with -O2 inside the default (fastbuild, -O0) configuration.

`copts` on a cc_binary only reach the binary's own sources; the reference libraries it links would stay at
-O0, and a benchmark of -O0 code against nlohmann templates instantiated at -O2 in the benchmark's source
would measure the build mode, not the code. `o2_deps` moves its deps into a configuration that appends
-O2 to --copt (no -DNDEBUG: the reference runs as in every other build) and re-exports their CcInfo,
so `cc_binary(deps = [":some_o2_deps"], copts = ["-O2"])` is optimised all the way down.
"""

def _o2_transition_impl(settings, attr):
    return {"//command_line_option:copt": settings["//command_line_option:copt"] + ["-O2"]}

_o2_transition = transition(
    implementation = _o2_transition_impl,
    inputs = ["//command_line_option:copt"],
    outputs = ["//command_line_option:copt"],
)

def _o2_deps_impl(ctx):
    runfiles = ctx.runfiles()
    for d in ctx.attr.deps:
        runfiles = runfiles.merge(d[DefaultInfo].default_runfiles)
    return [
        cc_common.merge_cc_infos(cc_infos = [d[CcInfo] for d in ctx.attr.deps]),
        DefaultInfo(runfiles = runfiles),
    ]

o2_deps = rule(
    implementation = _o2_deps_impl,
    attrs = {
        "deps": attr.label_list(cfg = _o2_transition, providers = [CcInfo]),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)
