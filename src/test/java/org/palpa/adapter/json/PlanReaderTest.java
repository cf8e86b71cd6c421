package org.palpa.adapter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.palpa.core.bodymap.BodySite;
import org.palpa.core.plan.InvalidPlanException;
import org.palpa.core.plan.TreatmentPlan;

class PlanReaderTest {
    private static final String GOOD_STEP = "\"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", "
            + "\"band\": \"8..12N\", \"hold\": \"15s\", \"reps\": 2, \"rest\": \"10s\"";

    private static String plan(String secondStep) {
        return "{\"schema\": \"palpa.plan/1\", \"name\": \"t\", \"steps\": [{" + GOOD_STEP + "}, {" + secondStep + "}]}";
    }

    private static TreatmentPlan parse(String json) {
        return PlanReader.parse(json.getBytes(StandardCharsets.UTF_8), "bad.json", "bad");
    }

    @Test
    void aGoodPlanIsReadWithDefaultsAndAHashOfItsBytes() {
        TreatmentPlan p = parse(plan(GOOD_STEP.replace("masseter", "temporalis")));
        assertThat(p.steps()).hasSize(2);
        assertThat(p.steps().get(1).site()).isEqualTo(BodySite.TEMPORALIS);
        assertThat(p.steps().get(0).painCeiling()).isEqualTo(7);
        assertThat(p.steps().get(0).maxHoldMillis()).isEqualTo(30_000);
        assertThat(p.contentHash()).hasSize(64);
        assertThat(parse(plan(GOOD_STEP + " ")).contentHash()).isNotEqualTo(p.contentHash());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing field   | \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"15s\", \"reps\": 2, \"rest\": \"10s\" | site | is missing",
        "negative hold   | " + "\"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"-5s\", \"reps\": 2, \"rest\": \"10s\" | hold | negative",
        "negative rest   | \"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 2, \"rest\": \"-1s\" | rest | negative",
        "band inverted   | \"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"50..40N\", \"hold\": \"5s\", \"reps\": 2, \"rest\": \"1s\" | band | not below the maximum",
        "unknown site    | \"site\": \"elbow\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 2, \"rest\": \"1s\" | site | unknown site 'elbow'",
        "ceiling too big | \"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 2, \"rest\": \"1s\", \"painCeiling\": 11 | painCeiling | 0 to 10",
        "ceiling negative| \"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 2, \"rest\": \"1s\", \"painCeiling\": -1 | painCeiling | 0 to 10",
        "unknown side    | \"site\": \"masseter\", \"side\": \"up\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 2, \"rest\": \"1s\" | side | left, right or midline",
        "zero reps       | \"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 0, \"rest\": \"1s\" | reps | at least 1",
        "misspelt field  | \"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 2, \"rest\": \"1s\", \"painCieling\": 5 | painCieling | not a plan field",
        "max below hold  | \"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"20s\", \"reps\": 2, \"rest\": \"1s\", \"maxHold\": \"10s\" | maxHold | shorter than the hold",
        "bad ramp rate   | \"site\": \"masseter\", \"side\": \"left\", \"technique\": \"thumb\", \"band\": \"8..12N\", \"hold\": \"5s\", \"reps\": 2, \"rest\": \"1s\", \"rampRate\": \"fast\" | rampRate | not a ramp rate",
    })
    void aBadStepIsRefusedNamingTheFileTheStepAndTheField(String kind, String step, String field, String words) {
        assertThatThrownBy(() -> parse(plan(step)))
                .as(kind)
                .isInstanceOf(InvalidPlanException.class)
                .hasMessageStartingWith("bad.json: step 2, field '" + field + "': ")
                .hasMessageContaining(words);
    }

    @Test
    void aPlanOfAnotherSchemaOrWithoutStepsIsRefused() {
        assertThatThrownBy(() -> parse("{\"schema\": \"palpa.plan/9\", \"name\": \"t\", \"steps\": []}"))
                .hasMessage("bad.json: field 'schema': is 'palpa.plan/9', expected palpa.plan/1");
        assertThatThrownBy(() -> parse("{\"schema\": \"palpa.plan/1\", \"name\": \"t\", \"steps\": []}"))
                .hasMessageContaining("field 'steps'");
        assertThatThrownBy(() -> parse("{\"schema\": \"palpa.plan/1\", \"name\": \"t\", \"steps\": [}"))
                .hasMessageStartingWith("bad.json:1: column").hasMessageContaining("not valid JSON");
    }

    @Test
    void everyShippedPlanLoadsFromTheJarAndEveryFileUnderDocsPlansIsShipped() throws Exception {
        for (String id : PlanReader.SHIPPED) {
            TreatmentPlan jar = PlanReader.shipped(id);
            TreatmentPlan file = PlanReader.read(Path.of("docs/plans", id + ".json"));
            assertThat(jar).isEqualTo(file);
        }
        try (Stream<Path> files = Files.list(Path.of("docs/plans"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(PlanReader.SHIPPED);
        }
    }
}
