package backprop.testing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

@DisplayName("DisplayNameTree: the test run as a tree of display names, nested classes under their class")
class DisplayNameTreeTest {

    /** Runs {@link DisplayNameTreeFixture} through the JUnit Platform with the tree listener; its lines, timeless. */
    private static String printedTree() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(DisplayNameTreeFixture.class)).build();
        DisplayNameTreeFixture.launched = true;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            LauncherFactory.create().execute(request, new DisplayNameTree(out));
        } finally {
            DisplayNameTreeFixture.launched = false;
        }
        return bytes.toString(StandardCharsets.UTF_8).replaceAll(" - \\d+(\\.\\d+)? s\n", " - T\n");
    }

    @Test
    @DisplayName("each nested class on its own line under its class, its tests under it; a failure's first line")
    void nestedClassesAreNodesOfTheirOwn() {
        assertThat(printedTree()).isEqualTo("""
                Outer: f(x) = x² - T
                ├─ ✔ f(3) = 9 - T
                ├─ first nested - T
                │  ├─ ✔ passes - T
                │  ├─ ✘ fails - T
                │  │    AssertionFailedError: expected 0.25 but was 0.2
                │  └─ Inner - T
                │     └─ ✔ deepest - T
                └─ second nested - T
                   ├─ parameterized - T
                   │  ├─ ✔ x = 1 - T
                   │  └─ ✔ x = 2 - T
                   └─ ↷ skipped - skipped: not yet
                """);
    }

    @Test
    @DisplayName("a line break in a display name cannot break the tree, nor an escape character reach the terminal")
    void printable() {
        assertThat(DisplayNameTree.printable("title = \"t\"\r\nkind = \u001b[31m")).isEqualTo(
                "title = \"t\"<CR><LF>kind = \uFFFD[31m");
    }

    @Test
    @DisplayName("seconds to the millisecond, trailing zeros dropped, as Surefire printed them")
    void seconds() {
        assertThat(DisplayNameTree.seconds(225_400_000L)).isEqualTo("0.225 s");
        assertThat(DisplayNameTree.seconds(10_000_000L)).isEqualTo("0.01 s");
        assertThat(DisplayNameTree.seconds(999_999L)).isEqualTo("0 s");
        assertThat(DisplayNameTree.seconds(2_000_000_000L)).isEqualTo("2 s");
    }
}
