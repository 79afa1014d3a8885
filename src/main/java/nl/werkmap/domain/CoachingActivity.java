package nl.werkmap.domain;

/**
 * What a logged jobcoach hour was spent on: the activity catalogue of the Protocol Jobcoach UWV (every hour names
 * one). Travel is not an activity: it is logged apart and never counted as coaching.
 */
public enum CoachingActivity {
    INTRODUCEREN,
    STRUCTUREREN_VAN_HET_WERK,
    INWERKEN_EN_TRAINEN,
    STORINGEN_OPSPOREN_EN_VERHELPEN,
    BEGELEIDEN_OP_HET_WERK,
    BEGELEIDING_THUISSITUATIE,
    BEGELEIDEN_LEIDINGGEVENDE,
    EVALUATIE_EN_COORDINATIE
}
