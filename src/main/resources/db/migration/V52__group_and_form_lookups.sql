-- Two lookups by a column no index led with, so SQLite read the whole table for each (issue 13, found by asking for
-- the plan of every statement the tests run):
-- * the shares of a group session (SessionService.correctGroup and deleteGroup, in their write transaction): every
--   session of the caseload, at 150,000 candidates 4 million rows and 1.6 s with the file in memory, at 5,000 0.2 s.
--   Only sessions of a group have a group_id, so the index holds those alone and costs other writes nothing.
-- * a placement's jobcoach forms (FormRepository.forPlacement: the verantwoording form of a placement, and each
--   document made for one): every form of the caseload, about 150,000 at 150,000 candidates.
CREATE INDEX session_group ON coaching_session (group_id) WHERE group_id IS NOT NULL;
CREATE INDEX jobcoach_form_placement ON jobcoach_form (placement_id);
