#!/usr/bin/env bash
# Starts the whole Clientèle platform locally on embedded defaults: PostgreSQL, Kafka, Keycloak, SMTP and every
# service. Data is kept in .local-data/ between runs; Ctrl-C stops everything.
#
#   ./start-local.sh [--no-build] [--data-dir DIR] [--infra-only] ...   (--help lists every option)
#
#   --no-build     skip ./mvnw install (the jars must already be built)
#   --data-dir     where data, logs and generated secrets live (default: .local-data)
#   --infra-only   only PostgreSQL, Kafka, SMTP and Keycloak
set -euo pipefail
cd "$(dirname "$0")"

java_major() {
  local version
  version=$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }') || return 1
  version=${version%%-*}
  case "$version" in
    1.*) version=${version#1.} ;;
  esac
  echo "${version%%.*}"
}

is_jdk21() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(java_major "$1") || return 1
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
    echo "$JAVA_HOME"
    return 0
  fi
  local candidate
  for candidate in /usr/lib/jvm/*; do
    if is_jdk21 "$candidate"; then
      echo "$candidate"
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if is_jdk21 "$candidate"; then
      echo "$candidate"
      return 0
    fi
  fi
  return 1
}

if ! JAVA_HOME=$(find_jdk); then
  echo "No JDK 21 or newer found: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "Building with $JAVA_HOME (./mvnw -DskipTests install)..."
  ./mvnw -B -q -DskipTests install
fi

jvm_flags=(-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  # protobuf (Tink) still uses sun.misc.Unsafe; keep the console free of its JDK 24+ warnings.
  jvm_flags+=(--sun-misc-unsafe-memory-access=allow)
fi

exec "$JAVA_HOME/bin/java" "${jvm_flags[@]}" -cp "deploy/local/target/local-stack.jar:deploy/local/target/lib/*" ca.clientele.local.LocalStack --root "$PWD" ${args[@]+"${args[@]}"}
