package nl.werkmap.hub.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The field names of one entity as a first fetch reads them, each name's UTF-8 turned into text once: a few dozen
 * names come back two million times. Names come in the same order row after row (the key's order), so the one after
 * the last is tried first.
 */
final class FieldNames {

    /** Names kept per entity; past them a name is made each time (a journal of odd names stays bounded). */
    private static final int MOST = 256;

    private final List<String> names = new ArrayList<>();
    private final List<byte[]> utf8 = new ArrayList<>();
    private int next;

    /** A new entity: its names start empty. */
    void clear() {
        names.clear();
        utf8.clear();
        next = 0;
    }

    /** The name whose UTF-8 is {@code bytes[offset, offset + length)}, as the driver's text of it. */
    String name(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int known = names.size();
        if (next < known && Arrays.equals(utf8.get(next), 0, utf8.get(next).length, bytes, offset, end)) {
            return names.get(next++);
        }
        for (int i = 0; i < known; i++) {
            if (Arrays.equals(utf8.get(i), 0, utf8.get(i).length, bytes, offset, end)) {
                next = i + 1;
                return names.get(i);
            }
        }
        byte[] own = Arrays.copyOfRange(bytes, offset, end);
        String name = FeedRow.text(own);
        if (known < MOST) {
            names.add(name);
            utf8.add(own);
            next = known + 1;
        }
        return name;
    }
}
