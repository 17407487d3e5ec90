package dk.sambo.portal.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.management.OperatingSystemMXBean;
import com.sun.tools.attach.VirtualMachine;

/**
 * The server process as the benchmark sees it from outside, on the same machine only: its CPU time (nanoseconds,
 * from the JVM's own {@code OperatingSystemMXBean} through the local management agent, which the attach API starts
 * in the server; CPU time, not wall time, is what a shared machine cannot falsify) and, for the memory mode, a
 * forced full GC and the heap in use after it. The JVM counts its process CPU in 10 ms ticks (Linux {@code times});
 * per-step figures of one user therefore use the scheduler's per-thread nanoseconds ({@link #threadCpuNanos}). Without an attachable JVM the CPU time comes from
 * {@code /proc/<pid>/stat} (10 ms ticks) and the memory mode is refused.
 */
final class ServerProbe implements AutoCloseable {

    private final long pid;
    private final JMXConnector connector;
    private final OperatingSystemMXBean os;
    private final MemoryMXBean memory;

    private ServerProbe(long pid, JMXConnector connector, OperatingSystemMXBean os, MemoryMXBean memory) {
        this.pid = pid;
        this.connector = connector;
        this.os = os;
        this.memory = memory;
    }

    /** Attaches to the server JVM {@code pid} (a process of this user on this machine). */
    static ServerProbe attach(long pid) {
        try {
            var vm = VirtualMachine.attach(Long.toString(pid));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            var connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            var os = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME,
                    OperatingSystemMXBean.class);
            var memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME,
                    MemoryMXBean.class);
            return new ServerProbe(pid, connector, os, memory);
        } catch (Exception | LinkageError e) {
            System.out.println("load: cannot attach to " + pid + " (" + e + "); CPU from /proc, no memory mode");
            return new ServerProbe(pid, null, null, null);
        }
    }

    /** The server JVM listening on {@code port}: the Java process whose command line names that port. */
    static Optional<Long> findServer(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("java") && (c.contains("--server.port=" + port)
                        || c.contains("-Dserver.port=" + port))).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    long pid() {
        return pid;
    }

    /** CPU time of the whole server process so far, in nanoseconds. */
    long cpuNanos() {
        if (os != null) {
            return os.getProcessCpuTime();
        }
        try {
            var fields = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst("^.*\\) ", "").split(" ");
            // utime and stime are fields 14 and 15 of stat; after the "(comm) " prefix they are 12 and 13 (1-based)
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10_000_000L;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/stat", e);
        }
    }

    /**
     * CPU time of the server's live threads in nanoseconds, from the scheduler ({@code /proc/<pid>/task/<tid>/schedstat}),
     * precise to the nanosecond where the process's own figure counts 10 ms ticks: for short windows (one step
     * of one user), without the JIT compiler's threads (their work is warm-up). A thread that ends inside the window takes its time with it, so long windows use
     * {@link #cpuNanos}.
     */
    long threadCpuNanos() {
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            return tasks.mapToLong(task -> {
                try {
                    // The JIT compiler's threads: warm-up, not the cost of a step in a warm server.
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        return 0;
                    }
                    return Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                } catch (IOException | RuntimeException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return cpuNanos();
        }
    }

    /** Runs full GCs until the heap in use settles, and returns it in bytes. */
    long heapAfterGc() {
        if (memory == null) {
            throw new IllegalStateException("memory mode needs an attachable server JVM");
        }
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            memory.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(last - used) < 256 * 1024) {
                return used;
            }
            last = used;
        }
        return last;
    }

    @Override
    public void close() throws IOException {
        if (connector != null) {
            connector.close();
        }
    }
}
