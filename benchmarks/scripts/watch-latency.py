#!/usr/bin/env python3
"""Times `grille validate --watch` from a save to its verdict, as a staff member sees it.

Copies the bundled catalog to a temporary folder, starts the watch on it, then appends a comment line to quality.drl
SAVES times (0.6 s apart) and measures, for each save, the time until the watch prints its next "Waiting for a save"
line (the verdict is printed just before it). Prints the time from the command's start to its first verdict, every
delay, then the median, 90th percentile and maximum of the saves after the first 15, which warm the JVM up.

    benchmarks/scripts/watch-latency.py [--launcher PATH] [SAVES]   (from the project root, after mvn -B -q install -DskipTests)

--launcher runs another copy of the launcher (with its grille.jar and grille.jsa beside it), to compare two builds in
one session; by default, cli/target/grille.

--edit rule changes a rule at each save instead of adding a comment: a condition of quality.drl gets a bound that no
application reaches and that differs at every save (outcomesWithIndicator < 1000, < 1001, ...). Grille's printer drops
comments, so a comment changes nothing Drools compiles; a rule edit makes every save rebuild the rule package.
"""
import argparse, shutil, subprocess, tempfile, time
from pathlib import Path

root = Path(__file__).resolve().parents[2]
arguments = argparse.ArgumentParser(description='Times grille validate --watch from a save to its verdict.')
arguments.add_argument('saves', nargs='?', type=int, default=45, help='how many saves (default 45)')
arguments.add_argument('--launcher', default=str(root / 'cli/target/grille'), help='the grille launcher to run')
arguments.add_argument('--edit', choices=['comment', 'rule'], default='comment',
                       help='what each save changes: a comment line appended (default), or a condition of a rule')
options = arguments.parse_args()
saves = options.saves
work = Path(tempfile.mkdtemp(prefix='grille-watch-'))
catalog = work / 'catalog'
shutil.copytree(root / 'rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive', catalog)
output = work / 'watch.out'
RULE_LINE = '    Project( outcomesWithIndicator >= 2 )\n'
original = (catalog / 'quality.drl').read_text(encoding='utf-8')
if options.edit == 'rule' and RULE_LINE not in original:
    raise SystemExit('quality.drl no longer has the condition this script edits: ' + RULE_LINE.strip())


def save(i):
    if options.edit == 'rule':
        edited = original.replace(RULE_LINE, '    Project( outcomesWithIndicator >= 2, outcomesWithIndicator < %d )\n' % (1000 + i))
        (catalog / 'quality.drl').write_text(edited, encoding='utf-8')
    else:
        with open(catalog / 'quality.drl', 'a', encoding='utf-8') as rules:
            rules.write('// edit %d\n' % i)


with open(output, 'w') as out:
    launched = time.time()
    watch = subprocess.Popen([options.launcher, 'validate', '--watch', str(catalog), '--lang', 'en'],
                             stdout=out, stderr=subprocess.STDOUT)
try:
    def verdicts():
        return output.read_text(encoding='utf-8', errors='replace').count('Waiting for a save')
    started = time.time()
    while verdicts() < 1 and time.time() - started < 60:
        time.sleep(0.002)
    first = (time.time() - launched) * 1000
    delays = []
    for i in range(saves):
        before = verdicts()
        save(i)
        saved = time.time()
        while verdicts() <= before and time.time() - saved < 10:
            time.sleep(0.002)
        delays.append((time.time() - saved) * 1000)
        time.sleep(0.6)
finally:
    watch.terminate()
    watch.wait()
warm = sorted(delays[15:])
print('first verdict: %.0f ms after the command started' % first)
print('every save (ms):', ' '.join('%.0f' % d for d in delays))
if warm:
    print('after the first 15: median %.0f ms, 90th percentile %.0f ms, max %.0f ms (%d saves)'
          % (warm[len(warm) // 2], warm[int(len(warm) * 0.9)], warm[-1], len(warm)))
shutil.rmtree(work, ignore_errors=True)
