package vn.congkhai.bake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the heap watch calls a JVM mostly collecting: looks fed to its judge, no JVM filled. */
class HeapWatchTest {

    @Test
    void fourLooksInARowMostlyCollectingAreTheVerdictAndOneLookOtherwiseStartsTheCountAgain() {
        HeapWatch.Judge judge = new HeapWatch.Judge();
        assertThat(judge.mostlyCollecting(0, 0)).isFalse(); // the first look only sets the clock
        assertThat(judge.mostlyCollecting(500, 480)).isFalse();
        assertThat(judge.mostlyCollecting(1000, 950)).isFalse();
        assertThat(judge.mostlyCollecting(1500, 1000)).as("a look with a tenth of its time collecting").isFalse();
        assertThat(judge.mostlyCollecting(2000, 1490)).isFalse();
        assertThat(judge.mostlyCollecting(2600, 2000)).isFalse();
        assertThat(judge.mostlyCollecting(3100, 2490)).isFalse();
        assertThat(judge.mostlyCollecting(4100, 3400)).as("the fourth in a row, one of a second").isTrue();
    }

    @Test
    void aBakeCollectingAThirdOfItsTimeIsNeverCalledOutOfMemory() {
        HeapWatch.Judge judge = new HeapWatch.Judge();
        for (int look = 0; look < 100; look++) {
            assertThat(judge.mostlyCollecting(look * 500L, look * 170L)).isFalse();
        }
    }
}
