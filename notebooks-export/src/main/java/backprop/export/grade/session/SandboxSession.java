package backprop.export.grade.session;

import backprop.export.runtime.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A student's notebook cells run in their own process ({@link SandboxRunner}, inside the {@link Sandbox} where one
 * is available): the grader's side of the conversation. A grading cell's question gets its inputs from
 * {@code inputs} only while that question's cell runs, and the replies of its parts go to {@code answers}; the
 * expected values never cross. Each cell has a time limit, counted in the CPU time of the student's processes (so a
 * loaded machine does not stop an honest cell) with a wall-clock bound for a cell that only waits; a cell that
 * outruns it or prints more than {@link #PRINT_LIMIT} (a flood), or a process that ends (exit, halt, out of memory)
 * or writes what the grader does not read, is stopped, and the next cell starts a fresh process. Mutable: the
 * process.
 */
public final class SandboxSession implements AutoCloseable {
    /** A line from the student's process is at most this long: the largest reply (a 1,000 × 10 matrix) is ~200 kB. */
    static final int LINE_LIMIT = 4 << 20;
    /** Nor may one cell's messages together pass this. */
    static final long CELL_LIMIT = 64L << 20;
    /**
     * What one cell may print (System.out, System.err, and lines on the channel that are no message), in bytes: 1 MiB,
     * a hundred times what a real notebook prints. The five documents' notebooks, run whole, print at most 10,399
     * bytes in one cell (004's) and 23,470 in all, a class's exam-network notebook 1,976 in one cell; and nothing
     * printed counts for marks. A print in a loop without end passes 1 MiB within milliseconds, where the time limit
     * let it run for its whole CPU time, once per cell that calls it (a class's flood student took 30 s of CPU to
     * grade, now 11; a correct one takes 7).
     */
    static final long PRINT_LIMIT = 1L << 20;
    /** How a cell that printed more than {@link #PRINT_LIMIT} ends. */
    public static final String FLOOD = "printed more than " + (PRINT_LIMIT >> 20) + " MiB of output, a flood; stopped";
    /** How long the end of a cell waits for the last of what it printed to be counted (the read is seldom behind). */
    private static final Duration COUNT_LIMIT = Duration.ofSeconds(5);
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object END = new Object();
    /** Put on the queue of messages by the reader of standard error when a cell's printing passes the bound. */
    private static final Object PRINTED_TOO_MUCH = new Object();
    private static final long TICK_MILLIS = 100;

    private final List<String> classPath;
    private final boolean sandboxed;
    private final ClassDataArchive archive;
    private final Sandbox.ClassData classData;
    private Path filter;
    private Path runtime;
    private Path staged;
    private Process process;
    /** The student's processes under {@link #process} once it is ready: sandboxed, it can start no more. */
    private List<ProcessHandle> tree = List.of();
    private OutputStream requests;
    private BlockingQueue<Object> messages;
    private PrintedBytes printed;
    private Thread reader;
    private final StringBuilder errors = new StringBuilder();
    private int starts;

    /**
     * Cells with the {@link RuntimeJar} of {@code classPath} (the workbook's class path) as the student's class path,
     * the runtime and nothing else of it; {@code sandboxed} false runs them without the sandbox.
     */
    public SandboxSession(List<String> classPath, boolean sandboxed) {
        this(classPath, sandboxed, null);
    }

    /**
     * As {@link #SandboxSession(List, boolean)}, the student's JVM mapping {@code archive}'s classes (null: none)
     * where it was made for the same runtime jar; sandboxed only.
     */
    public SandboxSession(List<String> classPath, boolean sandboxed, ClassDataArchive archive) {
        this(classPath, sandboxed, archive, null);
    }

    /** The session that writes an archive: {@code writing}'s folder bound writable, for the warm-up's JVM alone. */
    SandboxSession(List<String> classPath, boolean sandboxed, ClassDataArchive archive, Sandbox.ClassData writing) {
        this.classPath = List.copyOf(classPath);
        this.sandboxed = sandboxed;
        this.archive = sandboxed ? archive : null;
        this.classData = writing;
    }

    /** How many processes the session has started: 1 unless cells stopped it. */
    public int starts() {
        return starts;
    }

    /**
     * Runs {@code source} within {@code limit}. {@code question}: the question whose grading cell this is (null for
     * any other cell): only then are {@code inputs} handed out (for that question only) and replies taken.
     */
    public CellRun run(String source, String question, Duration limit, Function<String, JsonNode> inputs,
                       BiConsumer<String, Reply> answers) {
        if (process == null) {
            String failed = start();
            if (failed != null) {
                return new CellRun(failed, true);
            }
        }
        ObjectNode request = JSON.createObjectNode().put("run", source);
        request.put("grading", question);
        printed.startCell();
        try {
            requests.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
        } catch (IOException e) {
            return stop("the Java session ended (" + ended() + ")");
        }
        long cpuAtStart = cpu();
        long wallDeadline = System.nanoTime() + wallLimit(limit).toNanos();
        long received = 0;
        while (true) {
            Object next;
            try {
                next = messages.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop("interrupted");
                throw new IllegalStateException("interrupted while running a cell", e);
            }
            if (next == PRINTED_TOO_MUCH || next == null && printed.flood()) {
                if (printed.flood()) {
                    return stop(FLOOD);
                }
                continue; // an earlier cell's: this one's count starts afresh
            }
            if (next == null) {
                if (cpu() - cpuAtStart > limit.toNanos()) {
                    return stop("stopped after " + limit.toSeconds() + " s of CPU time, the time limit");
                }
                if (System.nanoTime() > wallDeadline) {
                    return stop("stopped after " + wallLimit(limit).toSeconds() + " s without finishing, the time limit");
                }
                continue;
            }
            if (next == END) {
                return stop("the Java session ended (" + ended() + ")");
            }
            String line = (String) next;
            received += line.length();
            if (received > CELL_LIMIT) {
                return stop("the Java session wrote more than the grader reads of a cell; it was stopped");
            }
            JsonNode m = parse(line);
            if (m == null) {
                // not a message: the student's code printing on the channel, counted as what it prints
                if (printed.add(line.length() + 1, false)) {
                    return stop(FLOOD);
                }
                continue;
            }
            if (m.has("ran")) {
                if (counted(m.path("printed").asLong(0)) && printed.flood()) {
                    return stop(FLOOD);
                }
                return new CellRun(m.get("ran").isTextual() ? m.get("ran").asText() : null, false);
            }
            if (m.path("open").isTextual()) {
                String q = m.get("open").asText();
                JsonNode given = question != null && question.equals(q) ? inputs.apply(q) : null;
                ObjectNode reply = JSON.createObjectNode();
                reply.set("inputs", given == null ? JSON.createObjectNode() : given);
                try {
                    requests.write((reply + "\n").getBytes(StandardCharsets.UTF_8));
                    requests.flush();
                } catch (IOException e) {
                    return stop("the Java session ended (" + ended() + ")");
                }
            } else if (m.path("answer").isObject()) {
                JsonNode a = m.get("answer");
                if (question != null && question.equals(a.path("question").asText()) && a.path("part").isTextual()) {
                    answers.accept(a.get("part").asText(), Reply.fromJson(a.get("reply")));
                }
            }
        }
    }

    /**
     * Waits until the {@code bytes} the runner says it wrote on standard error by the end of the cell are counted
     * (at most {@link #COUNT_LIMIT}), so that a cell that printed more than the bound and ended is a flood every time,
     * and its last bytes are never the next cell's. True unless interrupted.
     */
    private boolean counted(long bytes) {
        try {
            printed.awaitStandardError(bytes, COUNT_LIMIT);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A cell may wait (sleep, block) at most this long, whatever CPU it uses: five times its CPU limit, and at least
     * two minutes more, so that a loaded machine, where the student's process gets a fraction of a core, stops a
     * cell for its own CPU time, not for the machine's load.
     */
    static Duration wallLimit(Duration cpu) {
        return cpu.multipliedBy(5).compareTo(cpu.plusMinutes(2)) > 0 ? cpu.multipliedBy(5) : cpu.plusMinutes(2);
    }

    /**
     * The CPU time, in nanoseconds, the student's process and every process under it have used so far. Sandboxed,
     * the processes are those found when it started ({@link #tree}): the system-call filter lets the student's code
     * start none, and a scan of every process on the machine (what {@code descendants()} does) cost the grader
     * about 5 ms of CPU each tick; unsandboxed, the student's code may start processes, and they are looked for
     * every time.
     */
    private long cpu() {
        Process p = process;
        if (p == null) {
            return 0;
        }
        long total = p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        for (ProcessHandle h : sandboxed ? tree : p.descendants().toList()) {
            total += h.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }
        return total;
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return n != null && n.isObject() ? n : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Starts the process and waits for the runner's first line; null when it is ready, else why not. */
    private String start() {
        starts++;
        try {
            if (runtime == null) {
                runtime = RuntimeJar.writeTemporary(classPath);
            }
            List<String> studentClassPath = List.of(runtime.toString());
            if (sandboxed && filter == null) {
                filter = Files.createTempFile("answer-key-seccomp-", ".bpf");
                Files.write(filter, Seccomp.program());
                staged = Sandbox.stage(studentClassPath);
            }
            Sandbox.ClassData data = classData != null ? classData
                    : archive != null && archive.madeWith(runtime) ? archive.classData() : null;
            ProcessBuilder pb = new ProcessBuilder(Sandbox.command(studentClassPath, staged, filter, data));
            pb.environment().clear();
            pb.environment().put("PATH", "/usr/bin:/bin");
            pb.environment().put("MALLOC_ARENA_MAX", "2");
            pb.redirectInput(ProcessBuilder.Redirect.PIPE);
            process = pb.start();
        } catch (IOException e) {
            process = null;
            return "the student's Java process did not start: " + e.getMessage();
        }
        requests = process.getOutputStream();
        messages = new LinkedBlockingQueue<>();
        printed = new PrintedBytes(PRINT_LIMIT);
        errors.setLength(0);
        Process p = process;
        BlockingQueue<Object> queue = messages;
        PrintedBytes count = printed;
        reader = new Thread(() -> read(p.getInputStream(), queue), "grader-reader");
        reader.setDaemon(true);
        reader.start();
        Thread drain = new Thread(() -> drain(p.getErrorStream(), count, queue), "grader-stderr");
        drain.setDaemon(true);
        drain.start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        try {
            for (Object next; (next = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null
                    && next != END; ) {
                JsonNode m = next instanceof String text ? parse(text) : null;
                if (m != null && m.has("ready")) {
                    tree = process.descendants().toList();
                    return null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String why = ended();
        String said = lastErrorLine();
        kill();
        return "the student's Java process did not start (" + why + (said.isEmpty() ? "" : ": "
                + Reply.line(said)) + ")";
    }

    /** Lines of at most {@link #LINE_LIMIT} characters; a longer one, or the end of the stream, ends the queue. */
    private static void read(InputStream in, BlockingQueue<Object> queue) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (InputStream buffered = new java.io.BufferedInputStream(in, 1 << 16)) {
            for (int b; (b = buffered.read()) >= 0; ) {
                if (b == '\n') {
                    queue.add(line.toString(StandardCharsets.UTF_8));
                    line.reset();
                } else if (line.size() >= LINE_LIMIT) {
                    break;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException e) {
            // the process is gone: the end of its stream below says so
        }
        queue.add(END);
    }

    /**
     * Standard error: what the student's code prints, and the JVM's own last words. Each read is counted, the cell
     * stopped at once when it passes {@link #PRINT_LIMIT}; the last 2,000 characters are kept to say why a process ended.
     */
    private void drain(InputStream err, PrintedBytes count, BlockingQueue<Object> queue) {
        byte[] buffer = new byte[8192];
        try (err) {
            for (int n; (n = err.read(buffer)) >= 0; ) {
                if (count.add(n, true)) {
                    queue.add(PRINTED_TOO_MUCH);
                }
                synchronized (errors) {
                    errors.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (errors.length() > 4000) {
                        errors.delete(0, errors.length() - 2000);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** Why the process ended, in a few words: its exit status and the last line it wrote on standard error. */
    private String ended() {
        if (process == null) {
            return "not started";
        }
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String status = process.isAlive() ? "still running" : "exit status " + process.exitValue();
        if (lastErrorLine().contains("OutOfMemoryError")) {
            return status + ", out of memory";
        }
        return status;
    }

    /** The last line the process wrote on standard error, "" for none. */
    private String lastErrorLine() {
        synchronized (errors) {
            return errors.toString().strip().lines().reduce((a, b) -> b).orElse("");
        }
    }

    /**
     * Ends the process as a program ends, its input closed and its main method returned, and waits for it at most
     * {@code limit}; true when it exited so. For the archive's warm-up: a JVM writes its class-data archive only when
     * it exits, never when killed.
     */
    boolean finish(Duration limit) {
        if (process == null) {
            return false;
        }
        try {
            requests.close();
            boolean exited = process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS) && process.exitValue() == 0;
            kill();
            return exited;
        } catch (IOException e) {
            kill();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return false;
        }
    }

    /**
     * Ends the student's process, for a cell that ended well enough to say so but left it unfit to go on (it ran out
     * of memory): the next cell starts a fresh one.
     */
    public void end() {
        kill();
    }

    private CellRun stop(String why) {
        kill();
        return new CellRun(why, true);
    }

    private void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process = null;
        tree = List.of();
    }

    @Override
    public void close() {
        kill();
        Sandbox.delete(staged);
        Sandbox.delete(runtime == null ? null : runtime.getParent());
        if (filter != null) {
            try {
                Files.deleteIfExists(filter);
            } catch (IOException e) {
                // a temporary file of ours left behind; nothing else depends on it
            }
        }
    }
}
