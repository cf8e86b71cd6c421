package org.palpa.core.bodymap;

import static org.palpa.core.bodymap.BodyZone.*;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The body-map vocabulary: the myofascial trigger points that neuromuscular work treats most, each
 * with where its point lies on the chart and the zones its pain usually refers to.
 *
 * <p>The referral patterns follow Travell and Simons, <i>Myofascial Pain and Dysfunction: The
 * Trigger Point Manual</i>: volume 1, upper half of the body (Simons, Travell and Simons, 2nd
 * ed., Williams &amp; Wilkins 1999), and volume 2, the lower extremities (Travell and Simons,
 * 1992), in the chapter of each muscle. The descriptions are short summaries in our own words of
 * the essential zones only; the manual's spillover zones and variants are left out. The plantar
 * fascia is not a muscle: its entry follows the manual's deep intrinsic foot muscles (quadratus
 * plantae), whose points refer to the heel and sole.
 *
 * <p>Point positions use the figure units of {@link BodyZone}: {@code lateral} from the midline
 * toward the treated side, {@code y} from the top of the head (0) to the soles (1).
 */
public enum BodySite {
    UPPER_TRAPEZIUS("upper trapezius", 1, BodyView.BACK, 0.065, 0.158,
            "up the back and side of the neck to behind the ear and into the temple; at times the angle of the jaw",
            NECK_BACK, EAR, TEMPLE, JAW),
    LEVATOR_SCAPULAE("levator scapulae", 1, BodyView.BACK, 0.045, 0.175,
            "the angle where neck meets shoulder, down the inner border of the shoulder blade and to the back of the shoulder",
            NECK_BACK, SCAPULA_MEDIAL, SHOULDER_BACK),
    STERNOCLEIDOMASTOID("sternocleidomastoid", 1, BodyView.FRONT, 0.028, 0.125,
            "the forehead, around the eye, the cheek, into the ear and the top of the head; the throat and top of the sternum",
            FOREHEAD, EYEBROW, CHEEK, EAR, VERTEX, THROAT),
    SUBOCCIPITALS("suboccipitals", 1, BodyView.BACK, 0.018, 0.105,
            "a band of headache from the back of the head forward over the side of the skull toward the eye",
            OCCIPUT, TEMPLE, EYEBROW),
    MASSETER("masseter", 1, BodyView.FRONT, 0.036, 0.088,
            "the jaw and the molars, upper and lower, the cheek, into the ear, and over the eyebrow",
            JAW, CHEEK, EAR, EYEBROW),
    TEMPORALIS("temporalis", 1, BodyView.FRONT, 0.045, 0.045,
            "the temple and side of the head, the eyebrow, and the upper teeth",
            TEMPLE, EYEBROW, CHEEK),
    INFRASPINATUS("infraspinatus", 1, BodyView.BACK, 0.07, 0.215,
            "deep in the front of the shoulder joint, down the front and outside of the arm to the thumb side of the forearm and hand",
            SHOULDER_FRONT, ARM_FRONT, FOREARM_FRONT, HAND_FRONT),
    RHOMBOIDS("rhomboids", 1, BodyView.BACK, 0.032, 0.21,
            "along the inner border of the shoulder blade, between it and the spine",
            SCAPULA_MEDIAL),
    QUADRATUS_LUMBORUM("quadratus lumborum", 2, BodyView.BACK, 0.042, 0.415,
            "along the pelvic rim, into the sacroiliac joint and the lower buttock, and to the outside of the hip",
            ILIAC_CREST, SACROILIAC, BUTTOCK, HIP_LATERAL),
    GLUTEUS_MEDIUS("gluteus medius", 2, BodyView.BACK, 0.075, 0.475,
            "along the back of the pelvic rim, over the sacrum and across the buttock",
            ILIAC_CREST, SACRUM, BUTTOCK),
    PIRIFORMIS("piriformis", 2, BodyView.BACK, 0.05, 0.51,
            "the sacroiliac region, across the buttock and the back of the hip, at times down the back of the thigh",
            SACROILIAC, BUTTOCK, HIP_LATERAL, THIGH_BACK),
    GASTROCNEMIUS("gastrocnemius", 2, BodyView.BACK, 0.055, 0.76,
            "the instep and arch of the foot, the calf, and the back of the knee",
            SOLE, CALF, KNEE_BACK),
    SOLEUS("soleus", 2, BodyView.BACK, 0.047, 0.85,
            "the back and underside of the heel and the Achilles tendon, at times the sacroiliac joint",
            HEEL, SACROILIAC),
    PLANTAR_FASCIA("plantar fascia", 2, BodyView.FRONT, 0.06, 0.985,
            "the underside of the heel and the sole",
            HEEL, SOLE),
    FOREARM_EXTENSORS("forearm extensors", 1, BodyView.BACK, 0.15, 0.36,
            "the outside of the elbow, the back of the forearm and wrist, and the back of the hand and fingers",
            ELBOW_LATERAL, FOREARM_BACK, HAND_BACK),
    TIBIALIS_ANTERIOR("tibialis anterior", 2, BodyView.FRONT, 0.05, 0.78,
            "down the front of the shin to the front of the ankle and the big toe",
            SHIN, ANKLE_FRONT, FOOT_TOP);

    private final String label;
    private final int volume;
    private final BodyView view;
    private final double lateral;
    private final double y;
    private final String referral;
    private final List<BodyZone> zones;

    BodySite(String label, int volume, BodyView view, double lateral, double y, String referral, BodyZone... zones) {
        this.label = label;
        this.volume = volume;
        this.view = view;
        this.lateral = lateral;
        this.y = y;
        this.referral = referral;
        this.zones = List.of(zones);
    }

    /** The name plans and commands use, such as {@code upper-trapezius}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Words for a person, such as {@code upper trapezius}. */
    public String label() {
        return label;
    }

    /** The volume of Travell and Simons' manual whose chapter on this muscle gives the pattern. */
    public int manualVolume() {
        return volume;
    }

    /** The chart view the trigger point is drawn on. */
    public BodyView view() {
        return view;
    }

    /** Distance of the point from the midline, toward the treated side, in figure units. */
    public double lateral() {
        return lateral;
    }

    /** Height of the point, 0 at the top of the head and 1 at the soles. */
    public double y() {
        return y;
    }

    /** Where the pain usually refers, in words. */
    public String referral() {
        return referral;
    }

    /** The chart zones the pain usually refers to. */
    public List<BodyZone> referralZones() {
        return zones;
    }

    /**
     * The site with this name, compared without regard to case, '-', '_' or spaces:
     * {@code upper-trapezius}, {@code upper_trapezius} and {@code Upper trapezius} all match.
     */
    public static Optional<BodySite> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(n)).findFirst();
    }

    /**
     * The site with this name, or an {@link IllegalArgumentException} whose message lists the known
     * names, for a command-line option such as {@code --site}.
     */
    public static BodySite fromName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown site '" + name + "'; the known sites are " + knownNames()));
    }

    /** Every site's key, comma-separated, for messages. */
    public static String knownNames() {
        return Arrays.stream(values()).map(BodySite::key).collect(Collectors.joining(", "));
    }
}
