"""Execute the workbook's notebooks with the Java kernel and render them as HTML, in one process.

    python3 tools/jupyter/run_notebooks.py [--html] [--parallel N] [NOTEBOOK.ipynb ...]
    python3 tools/jupyter/run_notebooks.py --job JOB.json

The first form executes each notebook (default: notebooks/*.ipynb) into target/notebooks/,
with --html also rendering target/notebooks/NAME.html. The second is how `jbang report` calls
it: the job file (written by sizing.cli.ReportJob) names every notebook, the cell to inject after
its `parameters` cell, where the executed copy and the page go, and what the page template shows
(title, previous/next, the inputs it was rendered for).

Each notebook runs in a fresh kernel through nbclient (no `jupyter nbconvert` process per
notebook) and is rendered with nbconvert's HTMLExporter in this same process, through the
template in tools/jupyter/templates/sizing-report (no MathJax, no require.js, no file:// URL).
Notebooks run three at a time by default, the longest first (as long as each took last time):
on a 2-core machine a third kernel fills the time the others spend starting up and waiting on
messages (measured in the README's Speed section).

The Java kernel (rapaio-jupyter-kernel 3.0.1) can fail to answer right after start-up;
tools/jupyter/KernelLauncher.java works around the known causes, and as a safety net a kernel
that does not start is started again (up to --start-tries). A failing cell is never retried.

Prints "ok NAME (N s)" or "FAIL NAME" per notebook and ends with "N passed, N failed";
exit status 1 if any notebook failed, 2 for a bad argument.
"""

import argparse
import asyncio
import atexit
import copy
import json
import os
import re
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import CellExecutionError, DeadKernelError  # noqa: E402
from nbclient.util import ensure_async  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = Path(__file__).resolve().parent / "templates"
KERNEL = "sizing-java"
START_ERRORS = ("Kernel didn't respond", "Kernel died before replying to kernel_info")


def log(msg):
    print(f"[run-notebooks] {msg}", file=sys.stderr, flush=True)


def inject(nb, source):
    """Papermill's convention: a cell tagged injected-parameters right after the one tagged parameters."""
    if not source:
        return nb
    at = next((i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if at is None:
        raise ValueError("no cell tagged 'parameters' to inject the inputs after")
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    cell = nbformat.v4.new_code_cell(source=source, metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(at + 1, cell)
    return nb


class StartFailed(Exception):
    pass


async def execute(nb, cwd, kernel, start_timeout, cell_timeout, kernel_log, graceful=False):
    """Runs every cell of nb in a fresh kernel; StartFailed if the kernel never answered.

    The kernel's own output (its start-up chatter) goes to kernel_log, not to this terminal."""
    client = NotebookClient(nb, kernel_name=kernel, timeout=cell_timeout, startup_timeout=start_timeout,
                            shutdown_kernel="graceful" if graceful else "immediate", resources={"metadata": {"path": str(cwd)}})
    client.reset_execution_trackers()
    if graceful:
        client.km = client.create_kernel_manager()
        client.km.shutdown_wait_time = 120  # a JVM writing its class-data-sharing archive takes a while
    try:
        async with client.async_setup_kernel(cwd=str(cwd), stdout=kernel_log, stderr=kernel_log):
            try:
                msg_id = await ensure_async(client.kc.kernel_info())
                info = await client.async_wait_for_reply(msg_id)
                if info is not None and "language_info" in info["content"]:
                    nb.metadata["language_info"] = info["content"]["language_info"]
            except (RuntimeError, TimeoutError, DeadKernelError) as e:
                raise StartFailed(str(e)) from e
            for index, cell in enumerate(nb.cells):
                await client.async_execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
    except StartFailed:
        raise
    except (RuntimeError, TimeoutError) as e:
        if any(s in str(e) for s in START_ERRORS) and client.code_cells_executed == 0:
            raise StartFailed(str(e)) from e
        raise
    finally:
        # nbclient registers a clean-up for interpreter exit that fails on a kernel it already
        # cleaned up ("AssertionError" printed at exit); this run's kernel is dealt with here.
        atexit.unregister(client._cleanup_kernel)
    return nb


def error_text(e):
    if isinstance(e, CellExecutionError):
        return str(e)
    return "".join(traceback.format_exception_only(type(e), e)).strip()


_H2 = re.compile(r'<h2 id="([^"]+)">(.*?)(?:<a class="anchor-link"[^>]*>[^<]*</a>)?</h2>', re.S)


def contents(body):
    """The page's sections (its second-level headings) as (anchor, text) pairs."""
    return [(m.group(1), re.sub(r"<[^>]+>", "", m.group(2)).strip()) for m in _H2.finditer(body)]



_EXPORTERS = {}
CONTENTS_MARK = "<!-- report:contents -->"


def exporter(with_code):
    """One HTML exporter per mode, made once: building its template environment is most of its cost."""
    from nbconvert import HTMLExporter

    if with_code not in _EXPORTERS:
        _EXPORTERS[with_code] = HTMLExporter(extra_template_basedirs=[str(TEMPLATES)], template_name="sizing-report",
                                             exclude_input=not with_code, exclude_input_prompt=True,
                                             exclude_output_prompt=True)
    return _EXPORTERS[with_code]


def contents_html(body):
    items = "".join(f'<li><a href="#{a}">{t}</a></li>\n' for a, t in contents(body))
    if not items:
        return ""
    return f'<details class="report-contents" open><summary>On this page</summary>\n<ol>\n{items}</ol></details>'


def render(nb, page, with_code):
    nb = copy.deepcopy(nb)
    if page.get("title"):
        nb.metadata["title"] = page["title"]
    if not with_code:
        for cell in nb.cells:
            # stderr chatter (a kernel warning) is for engineers; errors stay visible.
            if cell.cell_type == "code":
                cell.outputs = [o for o in cell.outputs if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
    resources = {"metadata": {"name": page.get("name", "notebook")}, "report": page}
    body, _ = exporter(with_code).from_notebook_node(nb, resources=resources)
    # The sections are known once the page is rendered; the template leaves a mark for their list.
    return body.replace(CONTENTS_MARK, contents_html(body), 1)


async def run_one(item, args, sem, took):
    source = Path(item["source"])
    name = source.stem
    async with sem:
        started = time.monotonic()
        try:
            nb = nbformat.read(source, as_version=4)
            inject(nb, item.get("inject"))
        except (OSError, ValueError, nbformat.ValidationError) as e:
            print(f"FAIL {source}: {e}", flush=True)
            return False
        last = None
        executed = item.get("executed") or str(ROOT / "target" / "notebooks" / (name + ".ipynb"))
        Path(executed).parent.mkdir(parents=True, exist_ok=True)
        kernel_log = open(Path(executed).with_suffix(".log"), "w", encoding="utf-8")
        for attempt in range(1, args.start_tries + 1):
            try:
                work = copy.deepcopy(nb)
                await execute(work, source.parent.resolve(), args.kernel, args.start_timeout, args.cell_timeout, kernel_log, args.graceful)
                nb = work
                last = None
                break
            except StartFailed as e:
                last = e
                if attempt < args.start_tries:
                    log(f"{source}: kernel did not start (try {attempt} of {args.start_tries}), retrying")
            except Exception as e:  # a cell failed: never retried
                last = e
                nb = work
                break
        kernel_log.close()
        nbformat.write(nb, executed)
        if last is not None:
            print(f"FAIL {source} ({time.monotonic() - started:.0f} s; kernel log: {kernel_log.name})", flush=True)
            print(error_text(last)[-4000:], file=sys.stderr, flush=True)
            return False
        if item.get("html"):
            try:
                html = await asyncio.get_running_loop().run_in_executor(None, render, nb, item.get("page", {}), args.with_code)
                Path(item["html"]).parent.mkdir(parents=True, exist_ok=True)
                Path(item["html"]).write_text(html, encoding="utf-8")
            except Exception as e:  # a template or exporter fault: name it, keep going
                print(f"FAIL {source}: rendering HTML: {error_text(e)}", flush=True)
                return False
        took[source.name] = round(time.monotonic() - started, 1)
        print(f"ok   {source} ({took[source.name]:.0f} s)", flush=True)
        return True


DURATIONS = ROOT / "target" / "notebooks" / "durations.json"


async def run_all(items, args):
    """Runs the notebooks, the longest first (as long as each took last time), args.parallel at once."""
    try:
        last = json.loads(DURATIONS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = {}
    order = sorted(range(len(items)), key=lambda i: -float(last.get(Path(items[i]["source"]).name, 0)))
    sem = asyncio.Semaphore(max(1, args.parallel))
    took = {}
    results = await asyncio.gather(*(run_one(items[i], args, sem, took) for i in order))
    try:
        DURATIONS.parent.mkdir(parents=True, exist_ok=True)
        DURATIONS.write_text(json.dumps(dict(last, **took), indent=1, sort_keys=True), encoding="utf-8")
    except OSError:
        pass
    ok = [False] * len(items)
    for i, r in zip(order, results):
        ok[i] = r
    return ok


def main(argv):
    p = argparse.ArgumentParser(prog="run_notebooks.py", description=__doc__.split("\n\n")[0])
    p.add_argument("notebooks", nargs="*", help="notebooks to run (default: notebooks/*.ipynb)")
    p.add_argument("--job", help="a job file written by jbang report")
    p.add_argument("--html", action="store_true", help="also render target/notebooks/NAME.html")
    p.add_argument("--with-code", action="store_true", help="show the code cells in the HTML")
    p.add_argument("--parallel", type=int, default=int(os.environ.get("NOTEBOOK_PARALLEL", "3")),
                   help="notebooks run at once (default: 3)")
    p.add_argument("--graceful", action="store_true",
                   help="ask each kernel to shut down and wait for it (default: stop it at once)")
    p.add_argument("--kernel", default=os.environ.get("NOTEBOOK_KERNEL", KERNEL))
    p.add_argument("--start-tries", type=int, default=int(os.environ.get("KERNEL_START_TRIES", "3")))
    p.add_argument("--start-timeout", type=int, default=int(os.environ.get("KERNEL_START_TIMEOUT", "30")))
    p.add_argument("--cell-timeout", type=int, default=int(os.environ.get("CELL_TIMEOUT", "600")))
    args = p.parse_args(argv)
    if args.job:
        job = json.loads(Path(args.job).read_text(encoding="utf-8"))
        items = job["notebooks"]
        args.with_code = job.get("with_code", args.with_code)
        args.parallel = job.get("parallel", args.parallel)
    else:
        paths = args.notebooks or sorted(str(p) for p in (ROOT / "notebooks").glob("*.ipynb"))
        if not paths:
            print("no notebooks to run", file=sys.stderr)
            return 2
        out = ROOT / "target" / "notebooks"
        items = [{"source": n, "executed": str(out / (Path(n).stem + ".ipynb")),
                  "html": str(out / (Path(n).stem + ".html")) if args.html else None,
                  "page": {"name": Path(n).stem, "title": Path(n).stem}} for n in paths]
    ok = asyncio.run(run_all(items, args))
    passed = sum(1 for r in ok if r)
    print(f"{passed} passed, {len(ok) - passed} failed", flush=True)
    return 0 if passed == len(ok) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
