#!/bin/sh
# The real C# kernel's own start-up floor (bench/kernel-floor), JIT-compiled and ReadyToRun,
# alternated in one window. Run from the repository root.
# usage: bench/kernel-floor.sh [RUNS]   (default 3)
set -eu
runs=${1:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build -c Release bench/kernel-floor -o "$out/jit" -v q > /dev/null
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true bench/kernel-floor -o "$out/r2r" -v q > /dev/null
i=0
while [ $i -lt "$runs" ]; do
  printf 'jit: '; dotnet "$out/jit/KernelFloor.dll"
  printf 'r2r: '; dotnet "$out/r2r/KernelFloor.dll"
  i=$((i + 1))
done
