#!/usr/bin/env bash
# Runs an old and a new command in turn (old new old new ...) under GNU time and prints, per pair, wall seconds, CPU
# seconds (user + system) and peak resident memory (%M), the load average after the pair, then the medians and the
# medians of the new/old ratios taken pair by pair. Needs GNU time (/usr/bin/time) and bc.
#
#   benchmarks/scripts/old-new.sh RUNS 'OLD COMMAND' 'NEW COMMAND'
#   benchmarks/scripts/old-new.sh 5 '/tmp/old/grille partners /tmp/call1000.json' 'cli/target/grille partners /tmp/call1000.json'
set -uo pipefail
n=$1; old=$2; new=$3
: > /tmp/pairs.$$
for i in $(seq $n); do
  /usr/bin/time -o /tmp/t.$$ -f '%e %U %S %M' bash -c "$old" > /dev/null 2>&1; read ow ou os om < /tmp/t.$$
  /usr/bin/time -o /tmp/t.$$ -f '%e %U %S %M' bash -c "$new" > /dev/null 2>&1; read nw nu ns nm < /tmp/t.$$
  echo "pair $i: old wall $ow cpu $(echo "$ou+$os" | bc) rss $((om/1024)) MB | new wall $nw cpu $(echo "$nu+$ns" | bc) rss $((nm/1024)) MB | load $(cut -d' ' -f1 /proc/loadavg)"
  echo "$ow $(echo "$ou+$os" | bc) $om $nw $(echo "$nu+$ns" | bc) $nm" >> /tmp/pairs.$$
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median old: wall $(awk '{print $1}' /tmp/pairs.$$ | median) cpu $(awk '{print $2}' /tmp/pairs.$$ | median) rss $(awk '{print $3/1024}' /tmp/pairs.$$ | median) MB"
echo "median new: wall $(awk '{print $4}' /tmp/pairs.$$ | median) cpu $(awk '{print $5}' /tmp/pairs.$$ | median) rss $(awk '{print $6/1024}' /tmp/pairs.$$ | median) MB"
echo "median ratio new/old: wall $(awk '{print $4/$1}' /tmp/pairs.$$ | median) cpu $(awk '{print $5/$2}' /tmp/pairs.$$ | median) rss $(awk '{print $6/$3}' /tmp/pairs.$$ | median)"
rm -f /tmp/pairs.$$ /tmp/t.$$
