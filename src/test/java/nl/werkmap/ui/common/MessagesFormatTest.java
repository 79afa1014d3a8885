package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link Messages#format} keeps one parsed pattern per key; it must give what a fresh MessageFormat gives. */
class MessagesFormatTest {

    @Test
    void everyPatternFormatsAsAFreshMessageFormatDoes() {
        for (Locale locale : List.of(Messages.DUTCH, Locale.ENGLISH)) {
            Messages messages = Messages.forLocale(locale);
            int checked = 0;
            for (String key : messages.bundle().keySet()) {
                String pattern = messages.text(key);
                if (!pattern.contains("{")) {
                    continue;
                }
                for (int variant = 0; variant < 3; variant++) {
                    Object[] args = argumentsFor(new MessageFormat(pattern, locale), variant);
                    String expected = new MessageFormat(pattern, locale).format(args);
                    assertEquals(expected, messages.format(key, args), key + " variant " + variant);
                }
                checked++;
            }
            assertEquals(true, checked > 100, "patterns with arguments in " + locale + ": " + checked);
        }
    }

    @Test
    void formatsFromManyThreadsAtOnceGiveTheSameTexts() throws Exception {
        Messages messages = Messages.dutch();
        List<String> keys = new ArrayList<>();
        for (String key : messages.bundle().keySet()) {
            if (messages.text(key).contains("{0")) {
                keys.add(key);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                work.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        String key = keys.get((round * 7 + seed) % keys.size());
                        String pattern = messages.text(key);
                        Object[] args = argumentsFor(new MessageFormat(pattern, Messages.DUTCH), round + seed);
                        assertEquals(new MessageFormat(pattern, Messages.DUTCH).format(args),
                                messages.format(key, args), key);
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingKeyIsStillAnErrorEachTime() {
        Messages messages = Messages.dutch();
        assertThrows(IllegalStateException.class, () -> messages.format("geen.bestaande.sleutel", 1));
        assertThrows(IllegalStateException.class, () -> messages.format("geen.bestaande.sleutel", 1));
    }

    private static Object[] argumentsFor(MessageFormat format, int variant) {
        Format[] byIndex = format.getFormatsByArgumentIndex();
        Object[] args = new Object[Math.max(byIndex.length, 6)];
        for (int i = 0; i < args.length; i++) {
            Format kind = i < byIndex.length ? byIndex[i] : null;
            if (kind instanceof NumberFormat) {
                args[i] = new int[] {0, 1, 1234}[variant % 3] + i;
            } else if (kind instanceof DateFormat) {
                args[i] = new Date(1_764_892_800_000L + variant * 86_400_000L);
            } else {
                args[i] = "waarde" + variant + "-" + i;
            }
        }
        return args;
    }
}
