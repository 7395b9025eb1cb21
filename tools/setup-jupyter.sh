#!/usr/bin/env bash
# Set up Jupyter with a Java kernel for the workbook's notebooks.
#
#   tools/setup-jupyter.sh
#
# Idempotent; a re-run only rebuilds what Maven finds stale and rewrites the
# kernelspec when its content changed. Steps:
#   1. Debian packages: Jupyter (notebook, nbconvert, client, ipykernel) and a
#      font + fontconfig for headless chart rendering (installed only if missing).
#   2. Builds the library (target/classes) and copies its runtime dependencies
#      into target/lib.
#   3. Fetches the JShell-based Java kernel (rapaio-jupyter-kernel) from Maven
#      Central, compiles a small start-up wrapper for it (tools/jupyter/), and
#      registers it for the current user under the kernel name "java", with
#      target/classes and target/lib/*.jar on the notebook classpath.
#
# Environment:
#   JUPYTER              jupyter command to use (default: jupyter)
#   JUPYTER_DATA_DIR     honoured by jupyter: where the user kernelspec goes
#   SKIP_APT=1           do not check/install Debian packages
#   FORCE_BUILD=1        run the Maven build even if sources look unchanged
#   SKIP_BUILD=1         use target/classes and target/lib as they are (set by the
#                        Maven build's own integration tests, which made them)
set -euo pipefail

KERNEL_NAME=java
KERNEL_DISPLAY_NAME="Java 17 (sizing workbook)"
KERNEL_GAV=io.github.padreati:rapaio-jupyter-kernel:3.0.1
KERNEL_JAR=rapaio-jupyter-kernel-3.0.1.jar
APT_PACKAGES=(jupyter-notebook jupyter-nbconvert jupyter-client python3-ipykernel fontconfig fonts-dejavu-core)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JUPYTER="${JUPYTER:-jupyter}"
# Debian's debugpy prints a "frozen modules" warning on every jupyter command.
export PYDEVD_DISABLE_FILE_VALIDATION=1

log() { printf '[setup-jupyter] %s\n' "$*" >&2; }

# --- 1. Debian packages -------------------------------------------------------
if [[ "${SKIP_APT:-0}" != 1 ]]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if ((${#missing[@]})); then
    log "installing Debian packages: ${missing[*]}"
    SUDO=()
    [[ "$(id -u)" == 0 ]] || SUDO=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -q </dev/null
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
  fi
fi
command -v "$JUPYTER" >/dev/null || { log "'$JUPYTER' not found on PATH"; exit 1; }
JAVA_BIN="$(command -v java)" || { log "java not found on PATH"; exit 1; }
command -v javac >/dev/null || { log "javac (a JDK) not found on PATH"; exit 1; }

# --- 2. Library and its runtime dependencies ---------------------------------
# Skipped when nothing under pom.xml, .mvn/ or src/main/ changed since the last
# successful build (FORCE_BUILD=1 rebuilds anyway).
STAMP=target/jupyter/build.stamp
if [[ "${SKIP_BUILD:-0}" == 1 && -d target/classes && -d target/lib ]]; then
  log "build skipped (SKIP_BUILD=1: the calling Maven build made target/classes and target/lib)"
elif [[ "${FORCE_BUILD:-0}" != 1 && -f "$STAMP" && -d target/classes && -d target/lib ]] \
   && [[ -z "$(find pom.xml .mvn src/main -newer "$STAMP" -print -quit)" ]]; then
  log "library up to date (target/classes, target/lib)"
else
  log "building the library (target/classes, target/lib)"
  rm -rf target/lib
  ./mvnw -q -B -DskipTests package dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory=target/lib </dev/null
  mkdir -p "$(dirname "$STAMP")" && touch "$STAMP"
fi

# --- 3. Kernel jar and kernelspec -------------------------------------------
STAGE="target/jupyter/kernels/$KERNEL_NAME"
mkdir -p "$STAGE"
if [[ ! -s "$STAGE/$KERNEL_JAR" ]]; then
  log "fetching $KERNEL_GAV"
  ./mvnw -q -B dependency:copy -Dartifact="$KERNEL_GAV" \
    -DoutputDirectory="$ROOT/$STAGE" </dev/null
fi

# Start-up wrapper around the kernel's main class (see tools/jupyter/KernelLauncher.java).
LAUNCHER_SRC=tools/jupyter/KernelLauncher.java
LAUNCHER_CLASS="$STAGE/launcher/sizing/jupyter/KernelLauncher.class"
if [[ ! -f "$LAUNCHER_CLASS" || "$LAUNCHER_SRC" -nt "$LAUNCHER_CLASS" || "$STAGE/$KERNEL_JAR" -nt "$LAUNCHER_CLASS" ]]; then
  log "compiling $LAUNCHER_SRC"
  rm -rf "$STAGE/launcher"
  javac --release 17 -nowarn -cp "$STAGE/$KERNEL_JAR" -d "$STAGE/launcher" "$LAUNCHER_SRC"
fi

DATA_DIR="$("$JUPYTER" --data-dir)"
DEST="$DATA_DIR/kernels/$KERNEL_NAME"

# -Dslf4j.internal.verbosity=ERROR: Tablesaw pulls in slf4j-api without a provider,
# whose "no providers" warning would otherwise land in the first cell's stderr.
# RJK_CLASSPATH entries are separated by ';' (each entry may be a glob);
# IJAVA_CLASSPATH uses the platform path separator (':'), also with globs.
json_str() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }
cat >"$STAGE/kernel.json" <<EOF
{
  "argv": [
    $(json_str "$JAVA_BIN"),
    "-Djava.awt.headless=true",
    "-Dslf4j.internal.verbosity=ERROR",
    "-cp",
    $(json_str "$DEST/$KERNEL_JAR:$DEST/launcher"),
    "sizing.jupyter.KernelLauncher",
    "{connection_file}"
  ],
  "display_name": $(json_str "$KERNEL_DISPLAY_NAME"),
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_CLASSPATH": $(json_str "$ROOT/target/classes;$ROOT/target/lib/*.jar"),
    "IJAVA_CLASSPATH": $(json_str "$ROOT/target/classes:$ROOT/target/lib/*.jar")
  },
  "metadata": {
    "workbook_root": $(json_str "$ROOT")
  }
}
EOF

if [[ -d "$DEST" ]] && diff -rq "$STAGE" "$DEST" >/dev/null 2>&1; then
  log "kernelspec '$KERNEL_NAME' up to date at $DEST"
else
  log "installing kernelspec '$KERNEL_NAME' into $DEST"
  "$JUPYTER" kernelspec install --user --replace --name "$KERNEL_NAME" "$ROOT/$STAGE" >/dev/null
fi

specs="$("$JUPYTER" kernelspec list)"
grep -Eq "^ +$KERNEL_NAME +" <<<"$specs" \
  || { log "kernelspec '$KERNEL_NAME' not listed by '$JUPYTER kernelspec list'"; exit 1; }
log "ready: kernel '$KERNEL_NAME' -> $DEST"
