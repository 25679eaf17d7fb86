#!/usr/bin/env bash
# Benchmarks: GraphQL throughput and latency against a raw baseline, growth with size, recipe import.
#   tests/Cms.Benchmarks/run.sh           full run: 1,000 / 10,000 / 100,000 letters, 5 s warm-up + 20 s per query
#   tests/Cms.Benchmarks/run.sh --quick   1,000 letters, 5 s warm-up + 5 s per query (under 3 minutes)
#   tests/Cms.Benchmarks/run.sh shapes   every query shape at 1,000 and 100,000 letters: median/p95 one at a time, req/s at 20 connections
#                                        (--sizes 1000,100000,1000000; --server PATH runs another build, e.g. before a change)
#   tests/Cms.Benchmarks/run.sh cultures Q1 with and without culture "fr" + fallback "en", a third of the letters translated
#   tests/Cms.Benchmarks/run.sh soak     50 connections read Q1-Q4 while a writer grows a copy of the 2,000-letter store fivefold:
#                                        read p99 and server RSS per minute, at most 5 minutes (--letters, --growth, --minutes, --interval)
#   tests/Cms.Benchmarks/run.sh images   resized images only: 100 generated 4,000 px photos, cold and cached, at 8 connections
#   tests/Cms.Benchmarks/run.sh webhooks publishing 1,000 items without and with three webhooks (one receiver down)
#   tests/Cms.Benchmarks/run.sh nodes    publish-to-visible delay across two nodes, with Redis and with polling only
# Any other option goes to the program (e.g. --sizes 1000,10000 --seconds 10). Data folders are kept under
# artifacts/bench/data and reused while they match; delete that folder to regenerate. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)..." >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "wrk is missing and this is not root: apt-get install wrk first." >&2
    exit 1
  fi
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

echo "Building (Release)..." >&2
dotnet build tests/Cms.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly

echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') memory, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
case "${1:-}" in
  images|shapes|cultures|webhooks|nodes|soak)
    verb="$1"
    shift
    exec tests/Cms.Benchmarks/bin/Release/net10.0/Cms.Benchmarks "$verb" "$@"
    ;;
esac
exec tests/Cms.Benchmarks/bin/Release/net10.0/Cms.Benchmarks run "$@"
