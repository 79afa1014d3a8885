-- Jobcoach forms (issue 14, item 6): what the coach fills in on the laptop with the person for the
-- verantwoordingsrapportage of one placement and half year, and the coach's own answers for that report.
--
-- kind: JobcoachFormKind. WERKGEVER_EVALUATIE (the employer's evaluation: is the intended work done, absence in
-- days, satisfaction with the coach 1-10, signed), WERKNEMER_TEVREDENHEID (the employee's satisfaction 1-10,
-- signed), VERANTWOORDING (the coach's two required answers and the result code of the half year).
-- absence_days is a number only: the form has no place for a reason, so no illness can be written down with it.
-- Free text (remark, the two answers), the signer's name and the drawn signature (strokes as short vector text,
-- see SignatureStrokes) are sealed like every note. signed_on_paper: signed on a paper copy instead of on screen.
CREATE TABLE jobcoach_form (
    id                    TEXT    NOT NULL PRIMARY KEY,
    candidate_id          TEXT    NOT NULL REFERENCES candidate (id),
    placement_id          TEXT    NOT NULL REFERENCES placement (id),
    kind                  TEXT    NOT NULL,
    period                TEXT    NOT NULL,
    filled_on             TEXT,
    score                 INTEGER,
    work_done             BOOLEAN,
    absence_days          INTEGER,
    remark                BLOB,
    answer_own_effort     BLOB,
    answer_coach_activities BLOB,
    result_code           TEXT,
    signer_name           BLOB,
    signature             BLOB,
    signed_on_paper       BOOLEAN NOT NULL DEFAULT 0,
    updated_at            TEXT    NOT NULL,
    updated_by            TEXT    NOT NULL,
    deleted               BOOLEAN NOT NULL DEFAULT 0
);
CREATE INDEX jobcoach_form_candidate ON jobcoach_form (candidate_id);
CREATE INDEX jobcoach_form_period ON jobcoach_form (period, kind);
