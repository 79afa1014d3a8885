package nl.werkmap.ui.common;

/**
 * Where the main window stood when it last closed: its size and position as the coach left them (the size it had
 * before being maximised, if it was) and whether it was maximised. The app reopens it there if that still fits a
 * screen, and maximised otherwise, so a laptop at 1366×768 never gets a window too small for its screens.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** Small windows cut text off; a remembered size below this is not worth restoring. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    /** True if a window of this size fits inside the given visible screen area and is at least the minimum size. */
    public boolean fitsIn(double screenX, double screenY, double screenWidth, double screenHeight) {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT && x >= screenX - 8 && y >= screenY - 8
                && x + width <= screenX + screenWidth + 8 && y + height <= screenY + screenHeight + 8;
    }
}
