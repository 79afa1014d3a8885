package nl.werkmap.store.caseload;

/** A candidate's file and where its parts stood when it was read, for {@link CandidateFileQuery#refresh}. */
public record StampedFile(CandidateFile file, FileStamps stamps) {
}
