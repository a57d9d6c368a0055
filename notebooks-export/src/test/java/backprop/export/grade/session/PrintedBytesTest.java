package backprop.export.grade.session;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The grader's count of what a student's process printed: per cell, a flood past the bound, said once. */
@DisplayName("The bytes a student's cell printed, counted on the grader's side: past the bound, a flood")
class PrintedBytesTest {
    @Test
    void theBoundItselfIsAllowed_oneByteMoreIsAFlood_saidOnceAtTheByteThatCrossedIt() {
        PrintedBytes printed = new PrintedBytes(100);
        printed.startCell();
        assertThat(printed.add(60, true)).isFalse();
        assertThat(printed.add(40, true)).as("exactly the bound").isFalse();
        assertThat(printed.flood()).isFalse();
        assertThat(printed.add(1, false)).as("one more, on the channel").isTrue();
        assertThat(printed.flood()).isTrue();
        assertThat(printed.add(1000, true)).as("said once").isFalse();
        assertThat(printed.flood()).isTrue();
    }

    @Test
    void eachCellCountsFromItsOwnStart() {
        PrintedBytes printed = new PrintedBytes(100);
        printed.add(90, true);
        printed.startCell();
        assertThat(printed.add(90, true)).isFalse();
        assertThat(printed.flood()).isFalse();
        printed.add(200, true);
        printed.startCell();
        assertThat(printed.flood()).as("the last cell's flood is not the next one's").isFalse();
        assertThat(printed.add(101, true)).isTrue();
    }

    @Test
    void waitingForWhatTheRunnerSaysItPrinted_countsOnlyStandardError() throws InterruptedException {
        PrintedBytes printed = new PrintedBytes(100);
        printed.add(50, true);
        printed.add(50, false);
        assertThat(printed.awaitStandardError(50, Duration.ZERO)).isTrue();
        assertThat(printed.awaitStandardError(51, Duration.ofMillis(20))).as("the channel's lines are not on it").isFalse();
        Thread late = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            printed.add(10, true);
        });
        late.start();
        assertThat(printed.awaitStandardError(60, Duration.ofSeconds(30))).as("read while it waits").isTrue();
        late.join();
    }
}
