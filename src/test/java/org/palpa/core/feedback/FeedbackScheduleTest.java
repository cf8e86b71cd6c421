package org.palpa.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedbackScheduleTest {
    private static List<Integer> shown(FeedbackSchedule s, int holds) {
        return IntStream.rangeClosed(1, holds).filter(n -> s.shows(n, false)).boxed().toList();
    }

    @Test
    void givenTheStandardFade_thenAllOfTheFirstFiveHalfOfTheNextSixAndAFifthAfterAreShown() {
        assertThat(shown(FeedbackSchedule.parse("faded"), 21)).containsExactly(1, 2, 3, 4, 5, 6, 8, 10, 12, 17);
        assertThat(((FeedbackSchedule.Faded) FeedbackSchedule.parse("faded")).percentages()).containsExactly(100, 50, 20);
    }

    @Test
    void givenEveryThird_thenHoldsOneFourAndSevenAreShown() {
        assertThat(shown(FeedbackSchedule.parse("every:3"), 8)).containsExactly(1, 4, 7);
    }

    @Test
    void givenNoneOrOnRequest_thenOnlyRequestedHoldsShow() {
        assertThat(shown(FeedbackSchedule.parse("none"), 5)).isEmpty();
        assertThat(shown(FeedbackSchedule.parse("on-request"), 5)).isEmpty();
        assertThat(FeedbackSchedule.parse("on-request").shows(3, true)).isTrue();
        assertThat(FeedbackSchedule.parse("none").shows(3, true)).isFalse();
        assertThat(shown(FeedbackSchedule.parse("constant"), 3)).containsExactly(1, 2, 3);
    }

    @Test
    void givenAnUnknownSchedule_thenTheMessageListsTheChoices() {
        assertThatThrownBy(() -> FeedbackSchedule.parse("sometimes")).hasMessageContaining("constant, faded, every:N");
        assertThatThrownBy(() -> FeedbackSchedule.parse("every:x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> FeedbackSchedule.parse("every:0")).hasMessageContaining("1 or more");
    }
}
