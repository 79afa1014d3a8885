package nl.werkmap.domain;

/**
 * Preconditions for record constructors: these reject values that are never valid (a programming error), not
 * user input, which the validators report as problems.
 */
final class Require {
    private Require() {
    }

    static <T> T nonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static double nonNegative(double value, String name) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
        return value;
    }

    static Double nonNegative(Double value, String name) {
        return value == null ? null : nonNegative(value.doubleValue(), name);
    }

    static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
        return value;
    }

    static Integer nonNegative(Integer value, String name) {
        return value == null ? null : nonNegative(value.intValue(), name);
    }
}
