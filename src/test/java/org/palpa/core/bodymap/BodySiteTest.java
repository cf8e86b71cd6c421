package org.palpa.core.bodymap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodySiteTest {

    @Test
    void namesAreMatchedWithoutRegardToCaseDashesOrSpaces() {
        assertThat(BodySite.fromName("upper-trapezius")).isEqualTo(BodySite.UPPER_TRAPEZIUS);
        assertThat(BodySite.fromName("Upper trapezius")).isEqualTo(BodySite.UPPER_TRAPEZIUS);
        assertThat(BodySite.fromName("QUADRATUS_LUMBORUM")).isEqualTo(BodySite.QUADRATUS_LUMBORUM);
    }

    @Test
    void anUnknownSiteIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> BodySite.fromName("elbow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown site 'elbow'")
                .hasMessageContaining("levator-scapulae");
    }

    @Test
    void theVocabularyCoversTheSitesNeuromuscularWorkTreatsMost() {
        for (String s : new String[] {"upper-trapezius", "levator-scapulae", "sternocleidomastoid", "suboccipitals",
                "masseter", "temporalis", "infraspinatus", "rhomboids", "quadratus-lumborum", "gluteus-medius",
                "piriformis", "gastrocnemius", "soleus", "plantar-fascia", "forearm-extensors"}) {
            assertThat(BodySite.find(s)).as(s).isPresent();
        }
    }

    @Test
    void everySiteRefersSomewhereAndLiesOnTheFigure() {
        for (BodySite s : BodySite.values()) {
            assertThat(s.referralZones()).as(s.key()).isNotEmpty();
            assertThat(s.y()).isBetween(0.0, 1.0);
            assertThat(s.lateral()).isBetween(0.0, 0.25);
        }
    }
}
