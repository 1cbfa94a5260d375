#!/usr/bin/env bash
# Builds a minimal JRE base image as a docker-save tarball, without Docker or a registry, so that
# `jib:buildTar -Djib.from.image=tar://...` can be tried on a machine that reaches no registry
# (ADR 0034, README.md here). NOT the production base: images pushed to a registry use the
# digest-pinned eclipse-temurin JRE of the parent pom.
#
#   deploy/images/build-local-base.sh [output.tar]     (default: target/images/jre-base.tar)
#
# Layer 1: a distroless-like root: Debian's libc6 and zlib1g (apt-get download: needs the Debian
#          mirror, not a container registry), /etc/passwd and /etc/group with nonroot 65532, /tmp.
# Layer 2: a JRE jlinked from the local JDK 25 ($JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64),
#          the JDK's run-time modules without its tools (as Temurin's JRE), at /opt/java/openjdk.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/target/images/jre-base.tar}
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$jdk/bin/jlink" ] || jdk=/usr/lib/jvm/temurin-25-jdk-amd64
[ -x "$jdk/bin/jlink" ] || { echo "No JDK with jlink: set JAVA_HOME to a JDK 25" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debs" "$work/os" "$work/jre/opt/java"

echo "Downloading libc6 and zlib1g (Debian packages)…"
(cd "$work/debs" && apt-get download libc6 zlib1g >/dev/null 2>&1) \
  || { echo "apt-get download failed: the Debian mirror must be reachable" >&2; exit 1; }
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/os"; done
# Only the shared libraries and the loader: no docs, no locales, no gconv.
rm -rf "$work/os/usr/share" "$work/os/usr/lib/x86_64-linux-gnu/gconv" "$work/os/usr/libexec" "$work/os/sbin" \
  "$work/os/usr/bin" "$work/os/usr/sbin" "$work/os/etc/ld.so.conf.d" 2>/dev/null || true
mkdir -p "$work/os/etc" "$work/os/tmp" "$work/os/home/nonroot" "$work/os/proc" "$work/os/dev"
chmod 1777 "$work/os/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >"$work/os/etc/passwd"
printf 'root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n' >"$work/os/etc/group"
# usrmerge: /lib64 and /lib point into /usr like Debian 12.
for link in lib lib64 bin; do
  if [ -d "$work/os/$link" ] && [ ! -L "$work/os/$link" ]; then
    mkdir -p "$work/os/usr/$link"; cp -a "$work/os/$link/." "$work/os/usr/$link/"; rm -rf "$work/os/$link"
  fi
  [ -e "$work/os/usr/$link" ] && ln -sfn "usr/$link" "$work/os/$link"
done

echo "jlinking a JRE from $jdk…"
# Every module of the JDK except the development tools (what Temurin's JRE ships); JDK 24+ links from the run-time
# image when there is no jmods/ directory (JEP 493).
modules=$("$jdk/bin/java" --list-modules | sed 's/@.*//' | grep -v -E '^jdk\.(incubator\.vector|jshell|javadoc|compiler|jdeps|jlink|jpackage|jartool|jcmd|jconsole|jdi|jdwp|hotspot\.agent|editpad|jstatd|internal\.ed|internal\.opt|internal\.le|internal\.jvmstat)' | paste -sd, -)
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$work/jre/opt/java/openjdk"

mkdir -p "$(dirname "$out")"
python3 "$here/docker_save_tar.py" "$out" "clientele/jre-base:25-local" "$work/os" "$work/jre"
echo "Wrote $out"
echo "Try: ./mvnw -pl gateway package jib:buildTar -DskipTests -Djib.from.image=tar://$out"
