#!/usr/bin/env bash
# Set up Jupyter and the Java kernel for the workbook's notebooks and report.
#
#   tools/setup-jupyter.sh                 what jbang report and the tests need (nothing of yours changes)
#   tools/setup-jupyter.sh --user-kernel   also install the kernel "sizing-java" for you, to open the
#                                          notebooks in your own Jupyter
#
# What it installs, and where:
#   1. Debian packages, only those missing: jupyter-notebook, jupyter-nbconvert, jupyter-client,
#      python3-nbclient, python3-ipykernel, fontconfig, fonts-dejavu-core (the fonts draw charts
#      headless). Needs root or sudo; SKIP_APT=1 skips the check.
#   2. In this clone: the library (target/classes) and its runtime jars (target/lib), built by
#      Maven unless nothing under pom.xml, .mvn/ or src/main/ changed since the last build.
#   3. In this clone: the report's kernelspec, target/jupyter/kernels/sizing-java/ (kernel.json,
#      tools/jupyter/kernel.sh, rapaio-jupyter-kernel 3.0.1 from Maven Central and the compiled
#      tools/jupyter/KernelLauncher.java), a class-data-sharing archive for the kernel's JVM
#      (target/jupyter/kernel.jsa) and the path of the Python that runs the notebooks
#      (target/jupyter/python). jbang report finds the kernel through JUPYTER_PATH, set for its
#      own runner only, so Jupyter's kernels for your user are neither read nor changed.
#   4. Only with --user-kernel: the same kernelspec copied to your Jupyter data folder
#      ($(jupyter --data-dir)/kernels/sizing-java), named "Java 17 (sizing workbook)". It runs the
#      code of whichever clone holds the notebook you open (target/classes of that clone), so one
#      installation serves every checkout. An existing sizing-java kernel that this script did not
#      write is left alone (the script stops and says so); a kernel named "java" is never touched.
#
# Idempotent; a re-run rebuilds only what changed.
#
# Environment:
#   JUPYTER         jupyter command to use (default: jupyter)
#   SKIP_APT=1      do not check/install Debian packages
#   FORCE_BUILD=1   run the Maven build even if sources look unchanged
#   SKIP_BUILD=1    use target/classes and target/lib as they are (set by the Maven build's own
#                   integration tests, which made them)
#   SKIP_CDS=1      do not make the class-data-sharing archive
set -euo pipefail

KERNEL_NAME=sizing-java
KERNEL_DISPLAY_NAME="Java 17 (sizing workbook)"
KERNEL_GAV=io.github.padreati:rapaio-jupyter-kernel:3.0.1
KERNEL_JAR=rapaio-jupyter-kernel-3.0.1.jar
APT_PACKAGES=(jupyter-notebook jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel fontconfig fonts-dejavu-core)
MARKER=sizing_workbook_kernel

user_kernel=0
for arg in "$@"; do
  case "$arg" in
    --user-kernel) user_kernel=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup-jupyter: unknown argument '$arg' (valid: --user-kernel, --help)" >&2; exit 2 ;;
  esac
done

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

# The Python that runs the notebooks: the one jupyter itself runs on, if it has nbclient.
PYTHON=""
shebang="$(head -n 1 "$(command -v "$JUPYTER")" 2>/dev/null || true)"
for candidate in "${PYTHON_FOR_JUPYTER:-}" "${shebang#\#!}" python3 /usr/bin/python3; do
  candidate="${candidate%% *}"
  [[ -n "$candidate" ]] || continue
  if "$candidate" -c 'import nbclient, nbconvert, nbformat' >/dev/null 2>&1; then
    PYTHON="$(command -v "$candidate")"
    break
  fi
done
[[ -n "$PYTHON" ]] || { log "no Python with nbclient and nbconvert found (install python3-nbclient)"; exit 1; }

# --- 2. Library and its runtime dependencies ---------------------------------
STAMP=target/jupyter/build.stamp
if [[ "${SKIP_BUILD:-0}" == 1 && -d target/classes && -d target/lib ]]; then
  log "build skipped (SKIP_BUILD=1: the calling Maven build made target/classes and target/lib)"
elif [[ "${FORCE_BUILD:-0}" != 1 && -f "$STAMP" && -d target/classes && -d target/lib ]] \
   && [[ -z "$(find pom.xml .mvn src/main -newer "$STAMP" -print -quit)" ]]; then
  log "library up to date (target/classes, target/lib)"
else
  log "building the library into target/classes and its runtime jars into target/lib"
  rm -rf target/lib
  ./mvnw -q -B -DskipTests package </dev/null
  mkdir -p "$(dirname "$STAMP")" && touch "$STAMP"
fi

# --- 3. The report's kernelspec, in this clone -------------------------------
SPEC="target/jupyter/kernels/$KERNEL_NAME"
mkdir -p "$SPEC"
printf '%s\n' "$PYTHON" >target/jupyter/python
if [[ ! -s "$SPEC/$KERNEL_JAR" ]]; then
  log "fetching $KERNEL_GAV from Maven Central into $SPEC"
  ./mvnw -q -B dependency:copy -Dartifact="$KERNEL_GAV" -DoutputDirectory="$ROOT/$SPEC" </dev/null
fi
LAUNCHER_SRC=tools/jupyter/KernelLauncher.java
LAUNCHER_JAR="$SPEC/launcher.jar"   # a jar, not a folder: class-data sharing accepts only jars on the class path
if [[ ! -f "$LAUNCHER_JAR" || "$LAUNCHER_SRC" -nt "$LAUNCHER_JAR" || "$SPEC/$KERNEL_JAR" -nt "$LAUNCHER_JAR" ]]; then
  log "compiling $LAUNCHER_SRC into $LAUNCHER_JAR"
  classes="$(mktemp -d)"
  javac --release 17 -nowarn -cp "$SPEC/$KERNEL_JAR" -d "$classes" "$LAUNCHER_SRC"
  jar --create --file "$LAUNCHER_JAR" -C "$classes" .
  rm -rf "$classes" "$SPEC/launcher"
fi
install -m 755 tools/jupyter/kernel.sh "$SPEC/kernel.sh"

# kernel.json names the launcher script by the absolute path of the folder it is installed in.
write_spec() { # $1: kernelspec folder (absolute)
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  cat >"$2" <<EOF
{
  "argv": ["/bin/sh", "$s/kernel.sh", "{connection_file}"],
  "display_name": "$KERNEL_DISPLAY_NAME",
  "language": "java",
  "interrupt_mode": "message",
  "env": {"SIZING_KERNEL_JAVA": "$JAVA_BIN"},
  "metadata": {"$MARKER": true}
}
EOF
}
write_spec "$ROOT/$SPEC" "$SPEC/kernel.json"
log "report kernel '$KERNEL_NAME' ready in $ROOT/$SPEC (used through JUPYTER_PATH by jbang report only)"

# Class-data sharing: one short notebook run with -XX:ArchiveClassesAtExit records the classes the
# kernel's JVM loads (JShell, the compiler, the kernel) into target/jupyter/kernel.jsa; later
# kernels map them instead of loading them again. Made again when the kernel or the JDK changes.
CDS=target/jupyter/kernel.jsa
java_version="$(java -version 2>&1 | head -n 1)"
if [[ "${SKIP_CDS:-0}" != 1 ]]; then
  if [[ ! -s "$CDS" || "$SPEC/$KERNEL_JAR" -nt "$CDS" || "$LAUNCHER_JAR" -nt "$CDS" \
        || "$(cat "$CDS.java" 2>/dev/null)" != "$java_version" ]]; then
    log "recording the kernel's class-data-sharing archive ($CDS)"
    rm -f "$CDS" "$CDS.java"
    if SIZING_KERNEL_JAVA_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit=$ROOT/$CDS -Xlog:cds=off -Xlog:cds+dynamic=off" \
       JUPYTER_PATH="$ROOT/target/jupyter" "$PYTHON" tools/jupyter/run_notebooks.py --graceful \
         notebooks/00-kernel-check.ipynb >target/jupyter/cds.log 2>&1 && [[ -s "$CDS" ]]; then
      printf '%s\n' "$java_version" >"$CDS.java"
    else
      log "no archive recorded (see target/jupyter/cds.log); kernels start without it"
      rm -f "$CDS"
    fi
  fi
fi

# --- 4. The user-facing kernel, only when asked --------------------------------
if ((user_kernel)); then
  DATA_DIR="$("$JUPYTER" --data-dir)"
  DEST="$DATA_DIR/kernels/$KERNEL_NAME"
  if [[ -e "$DEST/kernel.json" ]] && ! grep -q "\"$MARKER\"" "$DEST/kernel.json"; then
    log "a kernel '$KERNEL_NAME' that this script did not write is installed at $DEST; left alone"
    log "(remove it with: $JUPYTER kernelspec remove $KERNEL_NAME, then run this again)"
    exit 1
  fi
  USER_STAGE=target/jupyter/user-kernel/$KERNEL_NAME
  rm -rf "$USER_STAGE" && mkdir -p "$USER_STAGE"
  cp "$SPEC/$KERNEL_JAR" "$LAUNCHER_JAR" "$SPEC/kernel.sh" "$USER_STAGE/"
  write_spec "$DEST" "$USER_STAGE/kernel.json"
  if ! out="$("$JUPYTER" kernelspec install --user --replace --name "$KERNEL_NAME" "$ROOT/$USER_STAGE" 2>&1)"; then
    log "installing the kernel failed: $out"
    exit 1
  fi
  log "installed your kernel '$KERNEL_NAME' (\"$KERNEL_DISPLAY_NAME\") at $DEST;"
  log "it runs the code of the clone that holds the notebook you open (its target/classes)"
else
  log "your Jupyter kernels were not changed (add --user-kernel to install '$KERNEL_NAME' for yourself)"
fi
