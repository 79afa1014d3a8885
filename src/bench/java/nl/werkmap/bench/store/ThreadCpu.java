package nl.werkmap.bench.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import nl.werkmap.bench.caseload.Figures;

/**
 * CPU time so far of the calling thread, of the common pool's workers and of the whole process, so a bench can
 * say which of them a step used: JFR's Java samples miss SQLite's native work and the GC and JIT threads.
 */
record ThreadCpu(long caller, long pool, long process) {

    static ThreadCpu now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long pool = 0;
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            if (info != null && info.getThreadName().startsWith("ForkJoinPool.commonPool")) {
                // A worker that ended since is not counted; the pool keeps its workers for the length of a read.
                pool += Math.max(0, threads.getThreadCpuTime(id));
            }
        }
        return new ThreadCpu(threads.getCurrentThreadCpuTime(), pool, Figures.processCpu());
    }

    /** "caller N ms, pool N ms, rest N ms" from this reading to a later one. */
    String until(ThreadCpu later) {
        double callerMs = (later.caller - caller) / 1e6;
        double poolMs = (later.pool - pool) / 1e6;
        double all = Figures.ms(process, later.process);
        return String.format(Locale.ROOT, "caller %.0f ms, pool %.0f ms, rest %.0f ms", callerMs, poolMs,
                all - callerMs - poolMs);
    }
}
