#!/usr/bin/env bash
# The whole test suite, as the README gives it: installs the sandbox toolchains when missing, then builds
# every module and runs unit, pipeline and end-to-end tests (mvn verify). Extra arguments go to Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/install-toolchains.sh
mvn -B -ntp verify "$@"
