#!/bin/bash
# What an edit costs, measured as issue 17 asks: CPU (user + sys), wall and peak RSS of
# `qcode run --jobs 1` on a corpus, with the load average before each step.
#
#   python benchmarks/make_corpus.py --words 4000000 --density 0.45 --out /tmp/c4m
#   benchmarks/edits.sh /tmp/c4m /tmp/w4m                   # every step
#   benchmarks/edits.sh /tmp/c4m /tmp/w4m restore coding    # again, from the first run's state
#
# Steps (default: first rerun none coding code):
#   first    a first run on a copy of the corpus; its state is kept in WORKDIR/base/ (cp -a:
#            a tar would round the mtimes by which run knows its draft sheet)
#   restore  back to that state
#   rerun    nothing changed
#   none     an answer that codes nothing appended to one transcript (no line moves)
#   coding   an answer on a theme appended to one transcript: codings are added
#   code     one code's rules changed (a word added to usb_notel's terms)
# Figures go to WORKDIR/times.log and stdout. QCODE (default: qcode on PATH) and PYTHONPATH
# choose the qcode measured. qcode is measured as installed: its modules compiled to bytecode
# once (pip compiles a wheel's modules when it installs them); with PYTHONDONTWRITEBYTECODE
# set, as in some shells, every run would compile qcode's modules again (~0.1 s of CPU).
set -e
unset PYTHONDONTWRITEBYTECODE
CORPUS=$(realpath "$1"); W=$2; shift 2
STEPS=${*:-first rerun none coding code}
QC=${QCODE:-qcode}
CB=$(realpath "$(dirname "$0")/../codebooks/default.yaml")
F=t/bench-00007.txt
mkdir -p "$W"; cd "$W"
step() {
  local label=$1; shift
  echo "== $label  $(date +%T)  load: $(cut -d' ' -f1-3 /proc/loadavg)" >> times.log
  /usr/bin/time -o time.tmp -f "%U %S %e %M" "$@" > out.log 2> err.log || { cat err.log; exit 1; }
  read -r u s e m < time.tmp
  printf '%-8s cpu %6.2f s (user %s sys %s)  wall %6.2f s  peak %4d MB\n' "$label" \
    "$(echo "$u + $s" | bc)" "$u" "$s" "$e" "$((m / 1024))" | tee -a times.log
}
run() { step "$1" "$QC" run t --out out --codebook cb.yaml --jobs 1; }
for s in $STEPS; do
  case $s in
    first)
      rm -rf t out cb.yaml base; cp -r "$CORPUS" t; cp "$CB" cb.yaml
      run first
      mkdir base; cp -a t out cb.yaml base/ ;;
    restore) rm -rf t out cb.yaml; cp -a base/t base/out base/cb.yaml . ;;
    rerun) run rerun ;;
    none)
      printf '\nInterviewer: And the house?\n\nA: We planted corn on the hillside behind the apartment block.\n' >> $F
      run none ;;
    coding)
      printf '\nInterviewer: Why then?\n\nA: The bowiwon had started asking about my father, so we fled before they could arrest him.\n' >> $F
      run coding ;;
    code)
      sed -i 's/notel, notetel, netel,/notel, notetel, netel, nettel,/' cb.yaml
      run code ;;
    *) echo "unknown step $s" >&2; exit 2 ;;
  esac
done
