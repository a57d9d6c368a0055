package backprop.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a test run as a tree of display names, each test class with its {@code @Nested} classes under it: the
 * lecture notes in the documents' words, as {@code mvn test} shows them.
 *
 * <pre>
 * Activation: each g with its derivative g' beside it - 0.225 s
 * ├─ Derivatives of ReLU: 0 for z &lt; 0, 1 for z ≥ 0 (000, eq. 8) - 0.01 s
 * │  ├─ ✔ ReLU(−1) = 0 with slope 0; ReLU(2) = 2 with slope 1 - 0.004 s
 * │  └─ ✔ ReLU'(0) = 0 as the libraries take it - 0.002 s
 * └─ Derivative of Sigmoid Function: σ'(x) = σ(x)(1 − σ(x)) (000, eq. 7) - 0.011 s
 *    └─ ✘ σ(0) = 1/2 and σ'(0) = 1/4 - 0.001 s
 *         AssertionError: expected 0.25 but was 0.2
 * </pre>
 *
 * It reads the JUnit Platform's own test plan, which knows every node's parent, so it does not depend on how
 * Surefire names report entries (from Surefire 3.5.4 on a nested class's tests are reported as the enclosing
 * class's, and a reporter working from those entries prints them as one flat list). Surefire registers it by
 * its {@code listener} property (parent POM), so PIT's and an IDE's runs do not print it. A top-level class is
 * printed once it has finished, in one piece, through the {@code System.out} the run started with.
 */
public final class DisplayNameTree implements TestExecutionListener {
    private static final String PASSED = "✔ ";
    private static final String FAILED = "✘ ";
    private static final String SKIPPED = "↷ ";

    private final Map<String, Long> started = new HashMap<>();
    private final Map<String, String> outcomes = new HashMap<>();
    private final Map<String, String> causes = new HashMap<>();
    private final PrintStream given;
    private TestPlan plan;
    private PrintStream out;

    /** Prints to the {@code System.out} of the moment the run starts; Surefire creates it so. */
    public DisplayNameTree() {
        this(null);
    }

    /** Prints to {@code out}. */
    DisplayNameTree(PrintStream out) {
        this.given = out;
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        out = given != null ? given : System.out;
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        started.put(id.getUniqueId(), System.nanoTime());
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        outcomes.put(id.getUniqueId(), SKIPPED + name(id) + (reason == null || reason.isBlank() ? ""
                : " - skipped: " + printable(firstLine(reason))));
        printIfTopLevel(id);
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        String time = seconds(System.nanoTime() - started.getOrDefault(id.getUniqueId(), System.nanoTime()));
        String mark = switch (result.getStatus()) {
            case SUCCESSFUL -> id.isTest() ? PASSED : "";
            case ABORTED -> SKIPPED;
            case FAILED -> FAILED;
        };
        outcomes.put(id.getUniqueId(), mark + name(id) + " - " + time);
        result.getThrowable().ifPresent(t -> causes.put(id.getUniqueId(), t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + printable(firstLine(t.getMessage())))));
        printIfTopLevel(id);
    }

    /** A top-level class (a child of an engine) is printed whole once it is done; an engine is not printed. */
    private void printIfTopLevel(TestIdentifier id) {
        if (id.getParentId().isEmpty()) {
            outcomes.remove(id.getUniqueId());
            started.remove(id.getUniqueId());
        } else if (plan.getParent(id).flatMap(TestIdentifier::getParentId).isEmpty()) {
            List<String> lines = new ArrayList<>();
            render(id, "", "", lines);
            out.println(String.join("\n", lines));
        }
    }

    /**
     * Appends {@code id}'s line, its cause if it failed, and its children's lines, depth first in run order;
     * nodes that never ran (filtered out) are left out. Forgets what it printed.
     */
    private void render(TestIdentifier id, String head, String indent, List<String> lines) {
        String outcome = outcomes.remove(id.getUniqueId());
        String cause = causes.remove(id.getUniqueId());
        started.remove(id.getUniqueId());
        if (outcome == null) {
            return;
        }
        lines.add(head + outcome);
        List<TestIdentifier> children = plan.getChildren(id).stream()
                .filter(c -> outcomes.containsKey(c.getUniqueId())).toList();
        if (cause != null) {
            lines.add(indent + (children.isEmpty() ? "  " : "│ ") + cause);
        }
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            render(children.get(i), indent + (last ? "└─ " : "├─ "), indent + (last ? "   " : "│  "), lines);
        }
    }

    /** The display name on one line, without the {@code ()} JUnit gives a method that has none of its own. */
    static String name(TestIdentifier id) {
        String name = printable(id.getDisplayName());
        return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    }

    /**
     * {@code text} with CR and LF as {@code <CR>} and {@code <LF>} and any other control character as U+FFFD, as
     * JUnit 6 writes display names: a parameter's line break cannot break the tree, nor an escape reach the
     * terminal.
     */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.chars().forEach(c -> b.append(c == '\r' ? "<CR>" : c == '\n' ? "<LF>"
                : Character.isISOControl(c) ? "\uFFFD" : String.valueOf((char) c)));
        return b.toString();
    }

    /** Nanoseconds as seconds to the millisecond, trailing zeros dropped: 225 ms is "0.225 s", 10 ms "0.01 s". */
    static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos / 1_000_000, 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }
}
