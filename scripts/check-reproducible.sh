#!/usr/bin/env bash
# Builds the published modules twice from clean and checks that every jar (classes, sources,
# Javadoc) is byte-identical: project.build.outputTimestamp in the parent pom fixes the time
# stamps that would otherwise differ. Exit 0 = reproducible, 1 = a jar differs.
#
#   scripts/check-reproducible.sh            # the published modules (sdk-core, sdk-invoices, ...)
#   MODULES=all scripts/check-reproducible.sh   # every module, examples and benchmarks too
#
# Writes nothing outside the work tree's target/ folders and a temporary folder; installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

modules="${MODULES:-sdk-core,sdk-invoices,sdk-statements,sdk-sandbox,sdk-jackson,sdk-micrometer,sdk-spring-boot-starter,sdk-bom}"
pl=()
if [[ "$modules" != "all" ]]; then
  pl=(-pl "$modules")
fi
out="$(mktemp -d "${TMPDIR:-/tmp}/csol-repro.XXXXXX")"
trap 'rm -rf "$out"' EXIT

build() {
  local dest="$out/$1"
  mkdir -p "$dest"
  mvn -B -q "${pl[@]}" clean package -DskipTests
  # every jar and the poms, keyed by module, in a separate copy per build
  find . -path ./node_modules -prune -o -path '*/target/*.jar' -print | while read -r f; do
    local rel="${f#./}"
    mkdir -p "$dest/$(dirname "$rel")"
    cp "$f" "$dest/$rel"
  done
  (cd "$dest" && find . -name '*.jar' -type f | sort | xargs sha256sum) > "$out/$1.sha256"
}

start=$(date +%s)
build first
build second
count=$(wc -l < "$out/first.sha256")
if [[ "$count" -eq 0 ]]; then
  echo "check-reproducible: no jar was built" >&2
  exit 1
fi
if diff -u "$out/first.sha256" "$out/second.sha256"; then
  echo "check-reproducible: $count jars byte-identical across two clean builds ($(( $(date +%s) - start )) s)"
  sed 's/^/  /' "$out/first.sha256"
else
  echo "check-reproducible: jars differ between two clean builds of one commit (see the diff above)" >&2
  exit 1
fi
