package vn.vungcao.ssg;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** JPEG files made for tests, with EXIF orientation and GPS location as a camera writes them. */
public final class TestImages {

    private TestImages() {
    }

    /** A {@code width} × {@code height} picture, red in its top-left quarter, blue elsewhere. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture(width, height), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with an EXIF block holding {@code orientation} (1 to 8) and, when asked, a GPS position. */
    public static byte[] jpeg(int width, int height, int orientation, boolean gps) {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(picture(width, height), "jpeg", plain);
            byte[] jpeg = plain.toByteArray();
            byte[] exif = exif(orientation, gps);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2); // SOI
            out.write(0xFF);
            out.write(0xE1);
            int length = exif.length + 2;
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.write(exif);
            out.write(jpeg, 2, jpeg.length - 2);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] exif(int orientation, boolean gps) {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        int tiff = b.position();
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int entries = gps ? 2 : 1;
        int ifd0End = 8 + 2 + entries * 12 + 4;
        b.putShort((short) entries);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        if (gps) b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(ifd0End);
        b.putInt(0);
        if (gps) {
            int gpsEntries = 5;
            int data = ifd0End + 2 + gpsEntries * 12 + 4;
            b.putShort((short) gpsEntries);
            b.putShort((short) 0x0000).putShort((short) 1).putInt(4).put(new byte[] {2, 2, 0, 0});
            b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
            b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(data);
            b.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
            b.putShort((short) 0x0004).putShort((short) 5).putInt(3).putInt(data + 24);
            b.putInt(0);
            // 20°28'0" N, 104°31'0" E: Mường Lát
            for (int[] r : new int[][] {{20, 1}, {28, 1}, {0, 1}, {104, 1}, {31, 1}, {0, 1}}) b.putInt(r[0]).putInt(r[1]);
        }
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        assert tiff == 6;
        return out;
    }
}
