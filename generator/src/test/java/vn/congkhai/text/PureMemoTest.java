package vn.congkhai.text;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PureMemoTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final Function<String, String> upper = s -> {
        calls.incrementAndGet();
        return s.toUpperCase(java.util.Locale.ROOT);
    };

    @Test
    void aOneOffBakesMemoRunsTheFunctionEveryTime() {
        PureMemo<String, String> memo = PureMemo.none();
        assertThat(memo.apply("xã", upper)).isEqualTo("XÃ");
        assertThat(memo.apply("xã", upper)).isEqualTo("XÃ");
        assertThat(calls).hasValue(2);
    }

    @Test
    void anEqualKeyMadeAfreshGetsTheKeptResult() {
        PureMemo<String, String> memo = PureMemo.kept(10);
        memo.apply(new String("thôn"), upper);
        memo.nextRound();
        assertThat(memo.apply(new String("thôn"), upper)).isEqualTo("THÔN");
        assertThat(calls).hasValue(1);
    }

    @Test
    void whatTheLastBakeDidNotAskForIsForgotten() {
        PureMemo<String, String> memo = PureMemo.kept(10);
        memo.apply("a", upper);
        memo.nextRound();
        memo.nextRound(); // a bake that did not ask for "a"
        memo.apply("a", upper);
        assertThat(calls).hasValue(2);
    }

    @Test
    void noMoreThanTheLimitIsKept() {
        PureMemo<String, String> memo = PureMemo.kept(1);
        memo.apply("a", upper);
        memo.apply("b", upper);
        memo.nextRound();
        memo.apply("b", upper);
        assertThat(calls).hasValue(3);
    }

    @Test
    void findGivesOnlyAKeptResultAndKeepsItForTheNextBake() {
        PureMemo<String, String> memo = PureMemo.kept(10);
        assertThat(memo.find("xóm")).isNull();
        memo.apply("xóm", upper);
        memo.nextRound();
        assertThat(memo.find("xóm")).isEqualTo("XÓM");
        memo.nextRound(); // found in the last bake: kept for this one
        assertThat(memo.find("xóm")).isEqualTo("XÓM");
        assertThat(PureMemo.<String, String>none().find("xóm")).isNull();
        assertThat(calls).hasValue(1);
    }
}
