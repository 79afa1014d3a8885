-- The werklijst's placement dates (DueSoonQueries, issue 13): halfjaarrapportage, end of a proefplaatsing and
-- loonwaarde re-measurement of the running placements. SQLite walked placement_report_type, every placement's entry
-- (91,500 at 150,000 candidates), led by type, so each row's candidate was looked up in candidate_report_id at a
-- random place. In the sqlite3 shell that statement took 47-65 ms of CPU at 150,000, through this index 22 ms.
--
-- placement_werklijst_dates holds exactly the placements that half can ever list: live (deleted = 0) placements with
-- a jobcoach, or a proefplaatsing, or a loonwaarde measured (56,500 of 91,500 at 150,000; whether one runs today
-- depends on the day, so that test stays in the query). It covers every column the half and the summary's count of
-- the same items read, so the table is not read. Its two terms are in the half's WHERE as they stand here, so SQLite
-- picks it without statistics. The kinds' OR is compared with 1 (it is never NULL: type is NOT NULL) to make it a
-- term no other read implies: as a plain OR, "jobcoach_type IS NOT NULL" alone implies it, and SQLite took this
-- index for the werklijst's jobcoach half (not covering there) instead of placement_werklijst_jobcoach. It leads with
-- candidate_id: the candidate of each row is then looked up in candidate_report_id's own order, and for one coach the
-- placements of each candidate are one search. The reader puts the items back in the order the scan of
-- placement_report_type gave them, so equal items keep the order they had.
CREATE INDEX placement_werklijst_dates ON placement (candidate_id, start_date, actual_end, type, jobcoach_type,
    planned_end, loonwaarde_measured_on, loonwaarde_next_on, id, deleted)
    WHERE deleted = 0
      AND (jobcoach_type IS NOT NULL OR type = 'PROEFPLAATSING' OR loonwaarde_measured_on IS NOT NULL) = 1;
