// How much of the machine's CPU other processes took while the bench ran (Linux /proc): the load
// average cannot tell, as the bench itself keeps the cores busy and the minute before a run still
// holds the run before it.
import { readdirSync, readFileSync } from 'node:fs';

/** The machine's busy and total CPU time so far (clock ticks, every core): /proc/stat's `cpu` line. */
function machineTicks() {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/**
 * A process's parent and CPU time in clock ticks: its own (`utime`, `stime`) and that of its children
 * that ended (`cutime`, `cstime`: a renderer of a closed page counts once its parent has reaped it).
 * Throws once the process has ended.
 */
export function processTicks(pid) {
  // The command name (in parentheses) may hold spaces and ') ': fields are counted after its last ')'.
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\)\s/s, '')
    .split(' ');
  return { ppid: +f[1], own: +f[11] + +f[12], children: +f[13] + +f[14] };
}

/** CPU time of this process and everything it started (Chromium and its renderers, the entries' build), the ended ones included. */
function treeTicks(root = process.pid) {
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const p = processTicks(name);
      procs.set(+name, { ppid: p.ppid, ticks: p.own + p.children });
    } catch {
      // It ended while we looked.
    }
  }
  let sum = 0;
  const mine = new Set([root]);
  // Parents before children is not guaranteed by pid order: repeat until no process is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of procs)
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid);
        grew = true;
      }
  }
  for (const pid of mine) sum += procs.get(pid)?.ticks ?? 0;
  return sum;
}

/** The machine's busy and total CPU time, and the bench's own (this process's tree), in clock ticks. */
export function cpuTicks() {
  return { ...machineTicks(), own: treeTicks() };
}

/**
 * Starts counting; the function it returns gives the share (0–1) of the machine's CPU time that
 * processes outside the bench used since, or null where /proc cannot be read (not Linux). Call it
 * before the browser closes: a browser's time counts only while it runs or once reaped.
 */
export function watchOtherCpu() {
  let start;
  try {
    start = cpuTicks();
  } catch {
    return () => null;
  }
  return () => {
    try {
      const end = cpuTicks();
      const total = end.total - start.total;
      const others = end.busy - start.busy - (end.own - start.own);
      return total > 0 ? Math.min(1, Math.max(0, others / total)) : null;
    } catch {
      return null;
    }
  };
}
