#!/bin/sh
# Alternates the kit's `run notebooks/02-monthly-figures.ipynb` with its Python peer
# (bench/peer_monthly_figures.py: Debian's pandas + plotly on nbclient) and prints the median
# wall time of each and their ratio. Run from the repository root after `dotnet build -c Release`.
# usage: bench/peer-ratio.sh [RUNS]   (default 5)
set -eu
runs=${1:-5}
cli=src/AnalysisKit.Cli/bin/Release/net10.0/AnalysisKit.Cli
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
seconds() { start=$(date +%s.%N); "$@" > /dev/null 2>&1; echo "$(date +%s.%N) - $start" | bc; }
kit="" peer=""
i=0
while [ $i -lt "$runs" ]; do
  kit="$kit $(seconds "$cli" run notebooks/02-monthly-figures.ipynb --out "$out/kit")"
  peer="$peer $(seconds /usr/bin/python3 bench/peer_monthly_figures.py "$out/peer")"
  i=$((i + 1))
done
median() { echo "$@" | tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
k=$(median $kit); p=$(median $peer)
echo "kit run 02-monthly-figures: median $k s ($kit )"
echo "python peer:                median $p s ($peer )"
echo "ratio kit / peer: $(echo "scale=2; $k / $p" | bc)"
