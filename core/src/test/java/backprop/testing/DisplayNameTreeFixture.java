package backprop.testing;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A test class for {@link DisplayNameTreeTest} to run: nested two deep, one test failing, one skipped, one
 * parameterized. Surefire does not pick it up (no {@code Test} in its name), and outside that test's own launch
 * every test in it is disabled, so an IDE or PIT that finds it runs nothing.
 */
@DisplayName("Outer: f(x) = x²")
@EnabledIf("launched")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class DisplayNameTreeFixture {
    /** Set by {@link DisplayNameTreeTest} around its launch. */
    static volatile boolean launched;

    static boolean launched() {
        return launched;
    }

    @Test
    @DisplayName("f(3) = 9")
    void outer() {
    }

    @Nested
    @Order(1)
    @DisplayName("first nested")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class First {
        @Test
        @Order(1)
        @DisplayName("passes")
        void passes() {
        }

        @Test
        @Order(2)
        @DisplayName("fails")
        void fails() {
            fail("\nexpected 0.25 but was 0.2\nsecond line");
        }

        @Nested
        class Inner {
            @Test
            void deepest() {
            }
        }
    }

    @Nested
    @Order(2)
    @DisplayName("second nested")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Second {
        @ParameterizedTest(name = "x = {0}")
        @Order(1)
        @ValueSource(ints = {1, 2})
        @DisplayName("parameterized")
        void parameterized(int x) {
        }

        @Test
        @Order(2)
        @Disabled("not yet")
        void skipped() {
        }
    }
}
