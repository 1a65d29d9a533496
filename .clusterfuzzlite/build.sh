#!/bin/bash -eu
# ClusterFuzzLite builds exactly what OSS-Fuzz builds: one script, in the checkout.
exec "$SRC/specconf/fuzz/oss-fuzz/projects/specconf/build.sh"
