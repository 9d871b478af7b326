#!/bin/sh
# Times `run notebooks/02-monthly-figures.ipynb` from process start: when its first cell's result
# is in (the cell's end time in the executed copy) and when the run exits. Run from the
# repository root after `dotnet build -c Release`.
# usage: bench/first-cell.sh [RUNS] [CLI_FOLDER]   (defaults: 3, the Release build)
set -eu
runs=${1:-3}
cli=${2:-src/AnalysisKit.Cli/bin/Release/net10.0}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
i=0
while [ $i -lt "$runs" ]; do
  start=$(date +%s.%N)
  dotnet "$cli/AnalysisKit.Cli.dll" run notebooks/02-monthly-figures.ipynb --out "$out" > /dev/null 2>&1
  end=$(date +%s.%N)
  /usr/bin/python3 - "$out/notebooks/02-monthly-figures.ipynb" "$start" "$end" <<'PY'
import datetime, json, sys
cells = [c for c in json.load(open(sys.argv[1]))["cells"] if c["cell_type"] == "code"]
start, end = float(sys.argv[2]), float(sys.argv[3])
def seconds(cell, key):
    t = datetime.datetime.strptime(cell["metadata"]["analysiskit"][key], "%Y-%m-%dT%H:%M:%S.%fZ")
    return t.replace(tzinfo=datetime.timezone.utc).timestamp() - start
print(f"first cell result {seconds(cells[0], 'end'):.2f} s, last cell {seconds(cells[-1], 'end'):.2f} s, exit {end - start:.2f} s")
PY
  i=$((i + 1))
done
