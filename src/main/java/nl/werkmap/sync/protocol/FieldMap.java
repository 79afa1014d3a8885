package nl.werkmap.sync.protocol;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A change's fields as read from a bundle: names and values in the order they came, as two arrays, unchangeable. A
 * first sync reads some 190,000 changes of twenty fields each; a LinkedHashMap for each, copied into a second by
 * {@link Change}, was the largest share of the reader's garbage. Changes of one shape may share the names array
 * (never changed). A map like any other to its readers; {@link #name} and {@link #value} read it without an entry
 * object per field.
 */
public final class FieldMap extends AbstractMap<String, String> {

    private static final FieldMap EMPTY = new FieldMap(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;

    /** Names distinct and not null (the reader checks); both arrays handed over, never changed afterwards. */
    FieldMap(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** {@code fields} as a field map: itself when it is one, else its entries in their order. */
    public static FieldMap of(Map<String, String> fields) {
        if (fields instanceof FieldMap map) {
            return map;
        }
        if (fields.isEmpty()) {
            return EMPTY;
        }
        String[] n = new String[fields.size()];
        String[] v = new String[fields.size()];
        int i = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            n[i] = e.getKey();
            v[i++] = e.getValue();
        }
        return new FieldMap(n, v);
    }

    @Override
    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    public String value(int i) {
        return values[i];
    }

    /** The names array itself: changes of one shape share it (compared by identity first). */
    public String[] names() {
        return names;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
