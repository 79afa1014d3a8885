package nl.werkmap.bench.store;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import nl.werkmap.bench.caseload.Figures;

/**
 * CPU time so far of the calling thread, of the common pool's workers and of the whole process, so a bench can
 * say which of them a step used: JFR's Java samples miss SQLite's native work and the GC and JIT threads. Also the
 * bytes allocated so far by every live thread and the collections so far (count and time), so a step's garbage and
 * its GC share show beside its CPU: under load those vary less than wall time.
 */
record ThreadCpu(long caller, long pool, long process, long allocated, long gcCount, long gcMillis) {

    static ThreadCpu now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long pool = 0;
        long[] ids = threads.getAllThreadIds();
        for (long id : ids) {
            var info = threads.getThreadInfo(id);
            if (info != null && info.getThreadName().startsWith("ForkJoinPool.commonPool")) {
                // A worker that ended since is not counted; the pool keeps its workers for the length of a read.
                pool += Math.max(0, threads.getThreadCpuTime(id));
            }
        }
        long allocated = 0;
        if (threads instanceof com.sun.management.ThreadMXBean counting) {
            for (long bytes : counting.getThreadAllocatedBytes(ids)) {
                allocated += Math.max(0, bytes);
            }
        }
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        return new ThreadCpu(threads.getCurrentThreadCpuTime(), pool, Figures.processCpu(), allocated, gcCount,
                gcMillis);
    }

    /** "caller N ms, pool N ms, rest N ms" from this reading to a later one. */
    String until(ThreadCpu later) {
        double callerMs = (later.caller - caller) / 1e6;
        double poolMs = (later.pool - pool) / 1e6;
        double all = Figures.ms(process, later.process);
        return String.format(Locale.ROOT, "caller %.0f ms, pool %.0f ms, rest %.0f ms", callerMs, poolMs,
                all - callerMs - poolMs);
    }

    /** "N MB allocated, N GCs, N ms in GC" from this reading to a later one (threads that ended are not counted). */
    String garbageUntil(ThreadCpu later) {
        return String.format(Locale.ROOT, "%.1f MB allocated, %d GCs, %d ms in GC",
                (later.allocated - allocated) / 1048576.0, later.gcCount - gcCount, later.gcMillis - gcMillis);
    }
}
