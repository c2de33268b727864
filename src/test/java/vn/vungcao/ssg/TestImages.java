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
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/**
 * Image files made for tests: JPEGs with EXIF orientation and GPS location as a camera writes them,
 * with XMP or IPTC blocks, PNGs with extra chunks or a forged header, and WebP containers.
 */
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

    /** A {@code width} × {@code height} picture of fixed pseudo-random colours: it compresses as a real photo does. */
    public static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(2016);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) image.setRGB(x, y, random.nextInt(0x1000000));
        }
        return image;
    }

    public static byte[] png(int width, int height) {
        return encoded(picture(width, height), "png");
    }

    public static byte[] gif(int width, int height) {
        return encoded(picture(width, height), "gif");
    }

    /** {@code image} as ImageIO writes it in {@code format} ("png", "gif", "jpeg"). */
    public static byte[] encoded(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) throw new IllegalArgumentException("no writer for " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with an EXIF block holding {@code orientation} (1 to 8) and, when asked, a GPS position. */
    public static byte[] jpeg(int width, int height, int orientation, boolean gps) {
        return withSegment(plainJpeg(width, height), 0xE1, exif(orientation, gps));
    }

    /** The JPEG ImageIO writes for {@link #picture}: no metadata but its JFIF header. */
    public static byte[] plainJpeg(int width, int height) {
        return plainJpeg(picture(width, height));
    }

    public static byte[] plainJpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", plain);
            return plain.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jpeg} with a segment ({@code marker} 0xE1 for APP1...) holding {@code payload} put right after its start. */
    public static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A JPEG whose only metadata is the XMP packet {@code xmp}, as cameras and Photoshop write it (APP1). */
    public static byte[] xmpJpeg(int width, int height, String xmp) {
        return withSegment(plainJpeg(width, height), 0xE1,
                concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII), xmp.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A JPEG whose XMP is split as Photoshop splits a packet too long for one segment: the main
     * packet names the extension by its GUID, and {@code extension} comes in an extended-XMP APP1.
     */
    public static byte[] extendedXmpJpeg(int width, int height, String extension) {
        String guid = "0123456789ABCDEF0123456789ABCDEF";
        String main = xmp("xmlns:xmpNote=\"http://ns.adobe.com/xmp/note/\" xmpNote:HasExtendedXMP=\"" + guid + "\"", "");
        byte[] ext = extension.getBytes(StandardCharsets.UTF_8);
        ByteBuffer lengths = ByteBuffer.allocate(8).putInt(ext.length).putInt(0);
        byte[] second = concat("http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.US_ASCII),
                guid.getBytes(StandardCharsets.US_ASCII), lengths.array(), ext);
        return withSegment(xmpJpeg(width, height, main), 0xE1, second);
    }

    /** An XMP packet whose rdf:Description holds {@code description} (attributes and elements), namespaces declared. */
    public static String xmp(String attributes, String elements) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\"\n"
                + "    xmlns:exif=\"http://ns.adobe.com/exif/1.0/\"\n"
                + "    xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\"\n"
                + "    xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\"\n"
                + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    " + attributes + ">\n"
                + elements + "\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    /** A JPEG with IPTC data (in Photoshop's APP13 block) naming {@code city}, as news agencies' tools write it. */
    public static byte[] iptcJpeg(int width, int height, String city) {
        byte[] name = city.getBytes(StandardCharsets.UTF_8);
        ByteBuffer iim = ByteBuffer.allocate(5 + name.length);
        iim.put((byte) 0x1C).put((byte) 2).put((byte) 90).putShort((short) name.length).put(name); // 2:90 City
        byte[] data = iim.array();
        ByteBuffer irb = ByteBuffer.allocate(14 + 12 + data.length + (data.length & 1));
        irb.put("Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII));
        irb.put("8BIM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0x0404).putShort((short) 0).putInt(data.length).put(data);
        return withSegment(plainJpeg(width, height), 0xED, irb.array());
    }

    /** The EXIF block as a PNG eXIf or WebP EXIF chunk holds it: the TIFF data alone, without "Exif\0\0". */
    public static byte[] tiffExif(boolean gps) {
        byte[] exif = exif(1, gps);
        return Arrays.copyOfRange(exif, 6, exif.length);
    }

    /** A PNG with {@code chunks} (type, data, type, data...) put right after its IHDR. */
    public static byte[] pngWith(int width, int height, Object... chunks) {
        byte[] png = png(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        for (int i = 0; i < chunks.length; i += 2) {
            byte[] chunk = chunk((String) chunks[i], (byte[]) chunks[i + 1]);
            out.write(chunk, 0, chunk.length);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** A PNG chunk: length, type, data and CRC. */
    public static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** A PNG written by hand whose header declares {@code width} × {@code height} pixels, with a tiny IDAT. */
    public static byte[] forgedPng(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, 8);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0); // 8 bits, RGB, deflate, no filter, no interlace
        for (byte[] c : List.of(chunk("IHDR", ihdr.array()), chunk("IDAT", deflate(new byte[64])), chunk("IEND", new byte[0]))) {
            out.write(c, 0, c.length);
        }
        return out.toByteArray();
    }

    /** The zlib stream (as PNG's zTXt, iTXt and IDAT hold it) of {@code data}. */
    public static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A WebP file's container: a VP8X header and, when given, an EXIF chunk (no picture data: only the metadata is ever read). */
    public static byte[] webp(int width, int height, byte[] exif) {
        return webp(width, height, exif, null);
    }

    /** The same with, when given, an XMP chunk too. */
    public static byte[] webp(int width, int height, byte[] exif, String xmp) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write('W');
        body.write('E');
        body.write('B');
        body.write('P');
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) ((exif == null ? 0 : 0x08) | (xmp == null ? 0 : 0x04))).put(new byte[3]);
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        riffChunk(body, "VP8X", vp8x.array());
        if (exif != null) riffChunk(body, "EXIF", exif);
        if (xmp != null) riffChunk(body, "XMP ", xmp.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(8 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size()).put(body.toByteArray());
        return out.array();
    }

    private static void riffChunk(ByteArrayOutputStream out, String id, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        out.write(b.array(), 0, b.capacity());
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p, 0, p.length);
        return out.toByteArray();
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
