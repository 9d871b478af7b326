#!/usr/bin/python3
"""Runs notebooks on a real Jupyter kernel through nbclient, papermill style.

    run_notebooks.py --kernel .net-csharp --out DIR --parameters '{"articlesDir": "../seeds"}' NOTEBOOK...

Each notebook gets its parameters as papermill's C# translator writes them (`var name = value;`
in a new cell tagged `injected-parameters` right after the cell tagged `parameters`), runs with
its own folder as the working directory on a fresh kernel, and is written executed to
DIR/NAME.ipynb. A failing cell stops that notebook: it is still written (up to and including the
failing cell), the error goes to stderr as `NOTEBOOK: cell N (id): message`, and the exit code
is 1. Kernels are found on JUPYTER_PATH; each is shut down when its notebook ends, however it
ends; one that dies (a port taken by another kernel) is started again, up to three times.
Papermill is not used because it is not packaged for Debian; nbclient is (python3-nbclient).
"""
import argparse
import json
import os
import random
import signal
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def csharp_literal(value):
    """A C# literal for a JSON value, as papermill's CSharpTranslator writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value}L" if not -2**31 <= value < 2**31 else str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        escaped = value.encode("unicode_escape").decode("utf-8").replace('"', r'\"')
        return f'"{escaped}"'
    raise ValueError(f"no C# literal for {value!r}")


def inject_parameters(notebook, parameters, path):
    """Inserts the injected-parameters cell after the parameters cell (replacing an earlier one)."""
    cells = notebook.cells
    cells[:] = [c for c in cells if "injected-parameters" not in c.metadata.get("tags", [])]
    tagged = [i for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])]
    if not tagged:
        raise SystemExit(f"{path}: no cell tagged 'parameters'")
    source = "// Parameters\n" + "".join(f"var {name} = {csharp_literal(value)};\n" for name, value in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    cell.id = "injected-parameters"
    cells.insert(tagged[0] + 1, cell)


# A kernel can die at start-up through no fault of the notebook: dotnet-interactive binds its HTTP
# port from --http-port-range and exits when another kernel took that port in the meantime.
KERNEL_STARTS = 3


def run(path, kernel, parameters, out_dir, timeout, startup_timeout):
    for attempt in range(1, KERNEL_STARTS + 1):
        notebook = nbformat.read(path, as_version=4)
        inject_parameters(notebook, parameters, path)
        failure = execute(notebook, path, kernel, timeout, startup_timeout)
        if not isinstance(failure, DeadKernelError) or attempt == KERNEL_STARTS:
            break
        print(f"{path}: the kernel died (start {attempt} of {KERNEL_STARTS}); starting a new one", file=sys.stderr)
        time.sleep(random.uniform(1, 5))
    target = os.path.join(out_dir, os.path.basename(path))
    # Written to a temporary name and renamed, so a reader never sees half a notebook.
    nbformat.write(notebook, target + ".tmp")
    os.replace(target + ".tmp", target)
    if failure is None:
        return True
    print(f"{path}: {describe_failure(notebook, failure)}", file=sys.stderr)
    return False


def execute(notebook, path, kernel, timeout, startup_timeout):
    """Runs the notebook in place on a fresh kernel, shut down however the run ends; the failure, or None."""
    client = NotebookClient(
        notebook,
        kernel_name=kernel,
        timeout=timeout,
        startup_timeout=startup_timeout,
        shutdown_kernel="immediate",
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
        return error
    return None


def describe_failure(notebook, failure):
    """`cell N (id): message`, N counted as the user's notebook numbers its cells (the injected one left out)."""
    cells = [c for c in notebook.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    for number, cell in enumerate(cells, start=1):
        errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
        if errors:
            # The C# kernel reports compiler diagnostics on stderr and only "compilation error" in the error itself.
            stderr = "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stderr").strip()
            # An exception's evalue carries its stack trace; the first line names it, the notebook keeps the rest.
            message = stderr or f"{errors[0].ename}: {(errors[0].evalue.strip().splitlines() or [''])[0]}"
            return f"cell {number} ({cell.get('id')}): {' '.join(message.split())}"
    return f"{type(failure).__name__}: {' '.join(str(failure).split())[:500]}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+")
    parser.add_argument("--kernel", default=".net-csharp")
    parser.add_argument("--out", required=True, help="folder for the executed notebooks")
    parser.add_argument("--parameters", default="{}", help="a JSON object: name -> value")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    parser.add_argument("--startup-timeout", type=int, default=300, help="seconds for the kernel to start")
    args = parser.parse_args()
    # SIGTERM (the test's timeout) unwinds like an exception, so nbclient shuts the kernel down.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parameters = json.loads(args.parameters)
    os.makedirs(args.out, exist_ok=True)
    ok = True
    for path in args.notebooks:
        ok = run(path, args.kernel, parameters, args.out, args.timeout, args.startup_timeout) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
