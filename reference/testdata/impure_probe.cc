// Deliberately impure: the purity check must flag this archive (purity_selftest.sh).
#include <cstdlib>

const char* specconf_impure_probe() { return std::getenv("HOME"); }
