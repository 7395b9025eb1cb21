#!/bin/sh
# Starts the workbook's Java kernel (rapaio-jupyter-kernel through KernelLauncher) for the clone
# that holds the notebook being run: Jupyter starts a kernel in the notebook's folder, and the
# kernel's classpath is that clone's target/classes and target/lib/*.jar. One installed kernel
# therefore serves every clone, and a notebook never runs another clone's code.
#
#   kernel.sh CONNECTION_FILE        (argv of the kernelspec that tools/setup-jupyter.sh writes)
#
# The kernel jar and the launcher's jar sit beside this script in the kernelspec folder.
# JVM: C1 only and the serial collector (a notebook's cells are short; this halves the time spent
# in them on a 2-core machine), plus the clone's class-data-sharing archive when it has one
# (target/jupyter/kernel.jsa, made by tools/setup-jupyter.sh). SIZING_KERNEL_JAVA_OPTIONS replaces
# those flags; SIZING_KERNEL_JAVA names the java to run (the kernelspec sets the one the setup found).
here=$(cd "$(dirname "$0")" && pwd)
dir=$(pwd)
while :; do
  if [ -f "$dir/tools/jupyter/run_notebooks.py" ] && [ -d "$dir/target/classes" ]; then
    break
  fi
  if [ "$dir" = / ]; then
    echo "sizing-java kernel: $(pwd) is not inside a built clone of the workbook (no tools/jupyter/run_notebooks.py and target/classes above it); open the notebooks from the clone and run tools/setup-jupyter.sh there" >&2
    exit 1
  fi
  dir=$(dirname "$dir")
done

java=${SIZING_KERNEL_JAVA:-java}
if [ -n "${SIZING_KERNEL_JAVA_OPTIONS+x}" ]; then
  opts=$SIZING_KERNEL_JAVA_OPTIONS
else
  opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  if [ -f "$dir/target/jupyter/kernel.jsa" ]; then
    opts="$opts -XX:SharedArchiveFile=$dir/target/jupyter/kernel.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
fi

# RJK_CLASSPATH entries are separated by ';' (each may be a glob); IJAVA_CLASSPATH is for IJava.
export RJK_CLASSPATH="$dir/target/classes;$dir/target/lib/*.jar"
export IJAVA_CLASSPATH="$dir/target/classes:$dir/target/lib/*.jar"
# -Dslf4j.internal.verbosity=ERROR: Tablesaw pulls in slf4j-api without a provider, whose
# "no providers" warning would otherwise land in the first cell's output.
# shellcheck disable=SC2086
exec "$java" $opts -Djava.awt.headless=true -Dslf4j.internal.verbosity=ERROR \
  -cp "$here/rapaio-jupyter-kernel-3.0.1.jar:$here/launcher.jar" sizing.jupyter.KernelLauncher "$@"
