#!/usr/bin/env bash
# Starts the whole Clientèle platform locally on embedded defaults: PostgreSQL, Kafka, Keycloak, SMTP and every
# service. Data is kept in .local-data/ between runs; Ctrl-C stops everything.
#
#   ./start-local.sh [--no-build] [--data-dir DIR] [--infra-only] ...   (--help lists every option)
#
#   --no-build     skip ./mvnw install (the jars must already be built)
#   --data-dir     where data, logs and generated secrets live (default: .local-data)
#   --infra-only   only PostgreSQL, Kafka, SMTP and Keycloak
#   --status       state, PID, port, uptime and restarts of each component of the running stack
#   --verbose      stream every component's log to the console too (always in <data-dir>/logs)
set -euo pipefail
cd "$(dirname "$0")"

# Finds a JDK 21+ (JAVA_HOME, the java on PATH, then /usr/lib/jvm and /opt) and exports JAVA_HOME; the same
# discovery as .ci/run.
source ./bin/jdk.sh
java_major=$(_clientele_java_major "$JAVA_HOME")

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --status|-h|--help) build=false; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "Building with $JAVA_HOME (./mvnw -DskipTests install)..."
  if [ "${java_major%%.*}" -ge 24 ]; then
    # Build plugins (Spotless) still use sun.misc.Unsafe: keep JDK 24+'s warnings about it off the console.
    export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
  fi
  ./mvnw -B -q -DskipTests install
fi

jvm_flags=(-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
if [ "${java_major%%.*}" -ge 24 ]; then
  # protobuf (Tink) still uses sun.misc.Unsafe; keep the console free of its JDK 24+ warnings.
  jvm_flags+=(--sun-misc-unsafe-memory-access=allow)
fi

exec "$JAVA_HOME/bin/java" "${jvm_flags[@]}" -cp "deploy/local/target/local-stack.jar:deploy/local/target/lib/*" ca.clientele.local.LocalStack --root "$PWD" ${args[@]+"${args[@]}"}
