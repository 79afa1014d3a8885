import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Turns the one 1024 px master PNG (rendered from resources/icons/werkmap.svg) into every icon the installers need:
 * PNG sizes for Linux and the app window, a Windows .ico and a macOS .icns. Both container formats are written
 * here from their published layouts, so no icon tool is needed on the build machine.
 *
 * <p>Run with the JDK's source launcher: {@code java installer/icons/IconSet.java MASTER.png OUTDIR}.
 */
public final class IconSet {

    static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Gebruik: java IconSet.java MASTER.png UITVOERMAP");
            System.exit(2);
        }
        BufferedImage master = ImageIO.read(Path.of(args[0]).toFile());
        if (master == null || master.getWidth() != 1024 || master.getHeight() != 1024) {
            System.err.println("De master moet een PNG van 1024 x 1024 zijn: " + args[0]);
            System.exit(1);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            png.put(size, encodePng(scale(master, size)));
            Files.write(out.resolve("werkmap-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("werkmap.ico"), ico(png));
        Files.write(out.resolve("werkmap.icns"), icns(png));
        System.out.println("Iconen geschreven naar " + out.toAbsolutePath());
    }

    /** Halves in steps before the last bicubic step: one big bicubic jump from 1024 to 16 looks grainy. */
    static BufferedImage scale(BufferedImage source, int size) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= size) {
            current = resize(current, current.getWidth() / 2);
        }
        return current.getWidth() == size ? current : resize(current, size);
    }

    private static BufferedImage resize(BufferedImage source, int size) {
        BufferedImage target = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        return target;
    }

    private static byte[] encodePng(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ICO with PNG-compressed entries (understood since Windows Vista); width byte 0 means 256. */
    static byte[] ico(Map<Integer, byte[]> png) {
        int count = ICO_SIZES.size();
        int offset = 6 + 16 * count;
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * count).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : ICO_SIZES) {
            byte[] data = png.get(size);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32);
            header.putInt(data.length).putInt(offset + images.size());
            images.writeBytes(data);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(header.array());
        all.writeBytes(images.toByteArray());
        return all.toByteArray();
    }

    /** ICNS: big-endian 'icns' + length, then one PNG per OSType (icp4..ic10, and the @2x types ic11..ic14). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] data = png.get(type.getValue());
            entries.writeBytes(type.getKey());
            entries.writeInt(8 + data.length);
            entries.write(data);
        }
        entries.flush();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(all);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        file.flush();
        return all.toByteArray();
    }
}
