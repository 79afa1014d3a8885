-- Issue 15, item 3: an employer gets its SBI 2008 section (A-U), so the sector criterion of matching can use the
-- employer's own sector for a baankans that does not name one. A letter from a public list, not personal data:
-- plain, like the employer's name and sector. Empty for the employers recorded before this step.
ALTER TABLE employer ADD COLUMN sbi_section TEXT;
