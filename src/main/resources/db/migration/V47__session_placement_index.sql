-- The jobcoach hours check (HoursCheckService.withPending, the read ahead of "Sessie vastleggen" in HoursWeek) sums,
-- per grant, the hours of the grant's placement in its period (CoachHoursQuery.usedOutside). No index led with
-- placement_id, so SQLite walked session_report over every session of that period, everyone's: at 150,000
-- candidates about 1.4 s of CPU per check, and the read ahead runs after every candidate page that opens. This index
-- reads the placement's own sessions only. Sessions without a placement (pupils, intake) are left out of it.
CREATE INDEX session_placement ON coaching_session (placement_id, starts_at) WHERE placement_id IS NOT NULL;
