package nl.werkmap.domain.validation;

/**
 * Every validation message, with its stable ResourceBundle key. The UI maps keys to Dutch and English text and
 * shows it next to the field named in the {@link ValidationProblem}; keys never change once released, so a
 * translation is never orphaned.
 */
public enum ValidationMessage {
    /** The field must be filled in. */
    REQUIRED("validation.required"),
    /** A BSN has 9 digits. */
    BSN_FORMAT("validation.bsn.format"),
    /** 9 digits, but the 11-proef fails: a typing error. */
    BSN_ELFPROEF("validation.bsn.elfproef"),
    /** Not a Dutch postcode like "1234 AB". */
    POSTCODE_FORMAT("validation.postcode.format"),
    /** Not a plausible phone number. */
    PHONE_FORMAT("validation.phone.format"),
    /** Not a plausible e-mail address. */
    EMAIL_FORMAT("validation.email.format"),
    /** A KvK number has exactly 8 digits. */
    KVK_FORMAT("validation.kvk.format"),
    /** Status UITGESTROOMD needs a destination. */
    STATUS_DESTINATION_REQUIRED("validation.status.destinationRequired"),
    /** Status TIJDELIJK_NIET_BESCHIKBAAR needs a reason. */
    STATUS_REASON_REQUIRED("validation.status.reasonRequired"),
    /** The register end date lies before its start date. */
    REGISTER_END_BEFORE_START("validation.register.endBeforeStart"),
    /** Hours available must be 0 to 60 a week. */
    HOURS_AVAILABLE_RANGE("validation.hoursAvailable.range"),
    /** Placement hours must be more than 0 and at most 60 a week. */
    PLACEMENT_HOURS_RANGE("validation.placement.hoursRange"),
    /** The planned end lies before the start. */
    PLACEMENT_PLANNED_END_BEFORE_START("validation.placement.plannedEndBeforeStart"),
    /** The actual end lies before the start. */
    PLACEMENT_ACTUAL_END_BEFORE_START("validation.placement.actualEndBeforeStart"),
    /** An ended placement needs a reason. */
    PLACEMENT_END_REASON_REQUIRED("validation.placement.endReasonRequired"),
    /** A proefplaatsing lasts at most 6 months. */
    PROEFPLAATSING_TOO_LONG("validation.placement.proefplaatsingTooLong"),
    /** Loonwaarde is a percentage 0 to 100. */
    LOONWAARDE_RANGE("validation.placement.loonwaardeRange"),
    /** The next loonwaarde measurement lies on or before the measurement itself. */
    LOONWAARDE_NEXT_BEFORE_MEASURED("validation.loonwaarde.nextBeforeMeasured"),
    /** A loonkostensubsidie amount cannot be negative, and needs the subsidy ticked. */
    LKS_AMOUNT_INVALID("validation.loonwaarde.lksAmount"),
    /** A contract after a proefplaatsing starts after the proefplaatsing started. */
    CONTRACT_BEFORE_TRIAL("validation.placement.contractBeforeTrial"),
    /** Only a running placement can be extended, ended or turned into a contract. */
    PLACEMENT_ALREADY_ENDED("validation.placement.alreadyEnded"),
    /** Only a proefplaatsing can be turned into a dienstverband. */
    PLACEMENT_NOT_A_TRIAL("validation.placement.notATrial"),
    /** A session lasts 1 to 600 minutes. */
    SESSION_DURATION_RANGE("validation.session.durationRange"),
    /** Hours accounted for a session must be 0 to 24. */
    SESSION_HOURS_RANGE("validation.session.hoursRange"),
    /** An appointment cannot have taken place before its time. */
    SESSION_DONE_IN_FUTURE("validation.session.doneInFuture");

    private final String key;

    ValidationMessage(String key) {
        this.key = key;
    }

    /** The ResourceBundle key. */
    public String key() {
        return key;
    }
}
