package backprop.examples.scenariofile;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's methods stay short (issue 15: "ExamFile in methods of ≤ 30 lines"): a scan of the reader's
 * sources, its subpackages included, from a method's declaration line to its closing brace, braces in strings,
 * characters and comments not counted.
 */
@DisplayName("The exam-variant reader's methods")
class MethodLengthTest {
    static final int LIMIT = 30;
    private static final Path SOURCES = Path.of("src/main/java/backprop/examples/scenariofile");
    /** A method or constructor declaration that opens a body: modifiers, an optional type, a name, "(". */
    private static final Pattern DECLARATION = Pattern.compile("^\\s+(?:(?:public|protected|private|static|final"
            + "|synchronized|default)\\s+)*(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\]?, ]+\\s+)?(\\w+)\\s*\\([^;]*$");
    private static final Pattern NOT_A_METHOD = Pattern.compile("^\\s*(?:if|for|while|switch|catch|return|new|throw"
            + "|else|try|do|synchronized \\(|.*\\b(?:class|record|interface|enum)\\b).*");

    @Test
    void noMethodIsLongerThanThirtyLines() throws IOException {
        List<String> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                methods.addAll(methods(f));
            }
        }
        assertThat(methods).as("methods scanned").hasSizeGreaterThan(50);
        assertThat(methods.stream().filter(m -> lines(m) > LIMIT)).as("methods longer than %d lines", LIMIT).isEmpty();
    }

    @Test
    void theScanMeasuresALongMethod() {
        String body = "    static int f(int a) {\n" + "        a++; // }\n".repeat(LIMIT) + "        return a;\n    }\n";
        assertThat(methods("T.java", ("class T {\n" + body + "}\n").lines().toList()))
                .containsExactly("T.java f " + (LIMIT + 3));
    }

    private static int lines(String method) {
        return Integer.parseInt(method.substring(method.lastIndexOf(' ') + 1));
    }

    private static List<String> methods(Path file) throws IOException {
        return methods(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** "FILE NAME LINES" for every method body in {@code lines}. */
    static List<String> methods(String file, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var m = DECLARATION.matcher(lines.get(i));
            if (!m.matches() || NOT_A_METHOD.matcher(lines.get(i)).matches()) {
                continue;
            }
            int end = closingLine(lines, i);
            if (end > i) {
                found.add(file + " " + m.group(1) + " " + (end - i + 1));
                i = end;
            }
        }
        return found;
    }

    /** The line that closes the body opened at or after {@code start}, or {@code start} when none opens. */
    private static int closingLine(List<String> lines, int start) {
        int depth = 0;
        boolean opened = false;
        for (int i = start; i < lines.size(); i++) {
            String code = lines.get(i).replaceAll("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])+'|//.*", "");
            if (!opened && code.contains(";") && !code.contains("{")) {
                return start;
            }
            for (char c : code.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                opened |= c == '{';
            }
            if (opened && depth == 0) {
                return i;
            }
        }
        return start;
    }
}
