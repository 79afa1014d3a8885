package nl.werkmap.domain.match;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number per meaningful word, for one {@link Matcher}: the task verdict then compares a candidate's skill-word
 * numbers with a baankans's task-word numbers, instead of looking strings up per pair (each look-up read the
 * string from wherever it lies in memory). Grows with the words of the profiles and baankansen it has seen.
 */
final class Woordenboek {

    private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    int number(String word) {
        return numbers.computeIfAbsent(word, w -> next.getAndIncrement());
    }

    int[] numbers(Collection<String> words) {
        int[] all = new int[words.size()];
        int i = 0;
        for (String w : words) {
            all[i++] = number(w);
        }
        return all;
    }
}
