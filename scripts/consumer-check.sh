#!/usr/bin/env bash
# Builds and tests consumer-check/, a small user project of sdk-invoices outside the reactor,
# on two version sets (docs/compatibility.md):
#   pinned : a plain consumer; every third-party version is the one the SDK asks for; the
#            enforcer's dependencyConvergence and requireUpperBoundDeps must pass
#   floor  : the oldest versions we support, managed like Spring Boot's BOM does (Jackson 2.15,
#            JUnit 5.10, SLF4J 2.0.9: Boot 3.2; HttpClient 5.4.1, core 5.3.1: Boot 3.4)
#   boot   : consumer-check/spring-boot/, a Spring Boot 3.5.7 application (spring-boot-starter-parent
#            manages every third-party version) on sdk-spring-boot-starter; the enforcer runs with
#            the requireUpperBoundDeps excludes docs/compatibility.md recommends to Boot users
#
# The SDK is installed into a PRIVATE local repository (target/consumer-repo), never ~/.m2: jars of
# a work in progress must not leak into a shared repository. That private repository reads what
# ~/.m2 already holds through a file:// repository, so nothing is downloaded twice.
#
#   scripts/consumer-check.sh            # both sets
#   SETS=floor scripts/consumer-check.sh # one set
#   FLOOR_SUITE=1 scripts/consumer-check.sh  # also the SDK's own test suites on the floor (+~2.5 min)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
repo="$root/target/consumer-repo"
settings="$root/target/consumer-settings.xml"
user_repo="${CSOL_SEED_REPO:-$HOME/.m2/repository}"
sets="${SETS:-pinned floor boot}"
mkdir -p "$repo"

cat > "$settings" <<XML
<settings>
  <profiles>
    <profile>
      <id>seed</id>
      <repositories>
        <repository>
          <id>seed</id>
          <url>file://$user_repo</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>seed</id>
          <url>file://$user_repo</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>seed</activeProfile></activeProfiles>
</settings>
XML

mvn_private() {
  mvn -B -q -s "$settings" -Dmaven.repo.local="$repo" "$@"
}

start=$(date +%s)
echo "consumer-check: installing the SDK into $repo"
# -am brings csol-parent; sdk-bom is what the consumer imports. No Javadoc or sources: not needed here.
mvn_private -pl sdk-bom,sdk-invoices,sdk-sandbox,sdk-spring-boot-starter -am -Dmaven.test.skip=true -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true install

status=0
for set in $sets; do
  profile=()
  pom=consumer-check/pom.xml
  [[ "$set" == "floor" ]] && profile=(-Pfloor)
  [[ "$set" == "boot" ]] && pom=consumer-check/spring-boot/pom.xml
  echo "consumer-check: $set versions"
  if mvn_private -f "$pom" "${profile[@]}" clean verify; then
    mvn_private -f "$pom" "${profile[@]}" dependency:list -DincludeScope=runtime \
      -DoutputFile="$root/target/consumer-$set-runtime.txt" >/dev/null 2>&1 || true
    echo "consumer-check: $set OK ($(grep -c ':jar:' "$root/target/consumer-$set-runtime.txt" 2>/dev/null || echo '?') runtime jars, list in target/consumer-$set-runtime.txt)"
  else
    echo "consumer-check: $set FAILED" >&2
    status=1
  fi
done
if [[ "${FLOOR_SUITE:-0}" == "1" ]]; then
  # the whole suite of the libraries, compiled and run against the floor: catches an API of a newer
  # Jackson or HttpClient that the consumer's small test does not reach
  echo "consumer-check: the SDK's own tests on the floor versions"
  if mvn_private -pl sdk-core,sdk-sandbox,sdk-invoices,sdk-statements,sdk-requests -Djackson.version=2.15.4 \
      -Dhttpclient5.version=5.4.1 -Dslf4j.version=2.0.9 -Djunit.version=5.10.5 \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip=true verify; then
    echo "consumer-check: SDK suites on the floor OK"
  else
    echo "consumer-check: SDK suites on the floor FAILED" >&2
    status=1
  fi
fi
echo "consumer-check: done in $(( $(date +%s) - start )) s"
exit $status
