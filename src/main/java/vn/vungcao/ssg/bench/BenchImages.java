package vn.vungcao.ssg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The few photos and drawings of a synthetic site, drawn with Java2D from a seeded {@link Random} and
 * encoded with ImageIO (JPEG at a fixed quality, PNG), without metadata: the same name always gives
 * the same bytes. Photos are hills, sky and a school's roof with grain, as large as a phone's photo
 * resized for the web, so the generator makes its 480 and 960 pixel versions of them.
 */
final class BenchImages {

    /** An image of the site: its file name under {@code content/images/}, size, and what it shows (its alt text). */
    record Image(String file, int width, int height, String alt) {
        boolean jpeg() {
            return file.endsWith(".jpg");
        }
    }

    static final List<Image> ALL = List.of(
            new Image("bua-trua.jpg", 1200, 800, "Các em ăn trưa ở khu bán trú"),
            new Image("lop-hoc.jpg", 1200, 800, "Lớp học mới của điểm trường"),
            new Image("chuyen-di.jpg", 1024, 683, "Đoàn tình nguyện trên đường lên bản"),
            new Image("ao-am.jpg", 1024, 768, "Các em mặc áo ấm mới"),
            new Image("so-do.png", 800, 500, "Sơ đồ các điểm trường của câu lạc bộ"),
            new Image("kinh-phi.png", 640, 400, "Biểu đồ kinh phí theo hạng mục"));

    private BenchImages() {
    }

    /** The encoded bytes of {@code image}. */
    static byte[] bytes(Image image) throws IOException {
        Random random = new Random(image.file().hashCode());
        BufferedImage img = new BufferedImage(image.width(), image.height(),
                image.jpeg() ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (image.jpeg()) photo(g, img, random); else chart(g, image.width(), image.height(), random);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (image.jpeg()) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.8f);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
        } else {
            ImageIO.write(img, "png", out);
        }
        return out.toByteArray();
    }

    private static void photo(Graphics2D g, BufferedImage img, Random random) {
        int w = img.getWidth();
        int h = img.getHeight();
        // sky, then three ranges of hills, nearer ones darker
        for (int y = 0; y < h; y++) {
            float t = y / (float) h;
            g.setColor(new Color(120 + (int) (90 * t), 170 + (int) (50 * t), 230 - (int) (40 * t)));
            g.drawLine(0, y, w, y);
        }
        for (int range = 0; range < 3; range++) {
            int base = h / 3 + range * h / 6;
            g.setColor(new Color(60 - range * 15, 120 - range * 25 + random.nextInt(20), 60 - range * 10));
            int[] xs = new int[w / 20 + 3];
            int[] ys = new int[xs.length];
            for (int i = 0; i < xs.length - 2; i++) {
                xs[i] = i * 20;
                ys[i] = base - (int) (h / 10 * Math.sin(i * 0.15 + range + random.nextDouble() * 0.3));
            }
            xs[xs.length - 2] = w;
            ys[xs.length - 2] = h;
            xs[xs.length - 1] = 0;
            ys[xs.length - 1] = h;
            g.fillPolygon(xs, ys, xs.length);
        }
        // a school: walls, a blue roof, windows
        int sx = w / 4 + random.nextInt(w / 3);
        int sy = h * 2 / 3;
        g.setColor(new Color(235, 225, 200));
        g.fillRect(sx, sy, w / 3, h / 6);
        g.setColor(new Color(40, 90, 170));
        g.fillPolygon(new int[] {sx - 20, sx + w / 6, sx + w / 3 + 20}, new int[] {sy, sy - h / 10, sy}, 3);
        g.setColor(new Color(90, 60, 40));
        for (int i = 0; i < 4; i++) g.fillRect(sx + 20 + i * (w / 13), sy + 20, w / 30, h / 16);
        // grain, as a phone's photo has
        for (int i = 0; i < w * h / 6; i++) {
            int x = random.nextInt(w);
            int y = random.nextInt(h);
            int rgb = img.getRGB(x, y);
            int d = random.nextInt(31) - 15;
            int r = clamp(((rgb >> 16) & 0xff) + d);
            int gr = clamp(((rgb >> 8) & 0xff) + d);
            int b = clamp((rgb & 0xff) + d);
            img.setRGB(x, y, (r << 16) | (gr << 8) | b);
        }
    }

    private static void chart(Graphics2D g, int w, int h, Random random) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(31, 95, 63));
        g.setStroke(new BasicStroke(3));
        g.drawLine(40, h - 40, w - 20, h - 40);
        g.drawLine(40, 20, 40, h - 40);
        int bars = 6 + random.nextInt(4);
        int bw = (w - 80) / bars;
        for (int i = 0; i < bars; i++) {
            int bh = 30 + random.nextInt(h - 100);
            g.setColor(new Color(31 + i * 20, 95 + i * 12, 63 + i * 8));
            g.fillRect(50 + i * bw, h - 40 - bh, bw - 10, bh);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
