package backprop.export.notebook.cell;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tagged regions of a source text: the lines between // tag::name[] and // end::name[], dedented. */
class RegionsTest {
    private static final String SOURCE = """
            class X {
                // tag::a[]
                int x = 1;

                  int y = 2;
                // end::a[]
                // tag::b[]
                b();
                // end::b[]
            }
            """;

    @Test
    void eachRegionIsItsOwnLines_withTheirCommonIndentationRemoved_blankLinesKeptEmpty() {
        Regions r = Regions.parse("X.java", SOURCE);
        assertThat(r.get("a")).isEqualTo("int x = 1;\n\n  int y = 2;");
        assertThat(r.get("b")).isEqualTo("b();");
        assertThatThrownBy(() -> r.get("c")).hasMessage("no region 'c'; known: [a, b]");
    }

    @Test
    void anUnbalancedOrMismatchedTagIsRefusedWithItsLine() {
        assertThatThrownBy(() -> Regions.parse("X.java", "// tag::a[]\nx\n// tag::b[]\n"))
                .hasMessage("X.java:3: region a is still open");
        assertThatThrownBy(() -> Regions.parse("X.java", "// tag::a[]\nx\n// end::b[]\n"))
                .hasMessage("X.java:3: end of b but a is open");
        assertThatThrownBy(() -> Regions.parse("X.java", "// tag::a[]\nx\n")).hasMessage("X.java: region a is never closed");
        assertThatThrownBy(() -> Regions.of("no/such/Source.java"))
                .hasMessage("Regions: source no/such/Source.java is not on the classpath");
    }
}
