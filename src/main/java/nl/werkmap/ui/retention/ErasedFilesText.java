package nl.werkmap.ui.retention;

import java.util.List;
import java.util.stream.Collectors;

import nl.werkmap.store.erasure.SavedFiles;
import nl.werkmap.ui.common.Messages;

/** What the erasure did with the files Werkmap saved for the candidate outside the caseload, in words. */
final class ErasedFilesText {

    private ErasedFilesText() {
    }

    /** Empty when Werkmap saved no file for the candidate; else one sentence per kind of outcome, led by a space. */
    static String of(Messages messages, List<SavedFiles.Outcome> files) {
        StringBuilder text = new StringBuilder();
        long removed = files.stream().filter(f -> f.fate() == SavedFiles.Fate.REMOVED).count();
        if (removed > 0) {
            text.append(' ').append(messages.format("retention.files.removed", removed));
        }
        String left = paths(files, SavedFiles.Fate.CHANGED, SavedFiles.Fate.NOT_REMOVED);
        if (!left.isEmpty()) {
            text.append(' ').append(messages.format("retention.files.left", left));
        }
        String gone = paths(files, SavedFiles.Fate.GONE);
        if (!gone.isEmpty()) {
            text.append(' ').append(messages.format("retention.files.gone", gone));
        }
        return text.toString();
    }

    private static String paths(List<SavedFiles.Outcome> files, SavedFiles.Fate... fates) {
        List<SavedFiles.Fate> wanted = List.of(fates);
        return files.stream().filter(f -> wanted.contains(f.fate())).map(f -> f.path().toString())
                .collect(Collectors.joining(", "));
    }
}
