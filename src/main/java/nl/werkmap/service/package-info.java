/**
 * Use cases: one method per user action (log a session with its follow-up action, place a candidate with a new
 * employer and buddy, end a placement), each one SQLite transaction with its change-log entries. The caller fixes
 * the record ids when a form opens, so retrying a save that failed halfway never makes a second record.
 * View models call these on a background executor; repositories stay free of multi-record rules.
 */
package nl.werkmap.service;
