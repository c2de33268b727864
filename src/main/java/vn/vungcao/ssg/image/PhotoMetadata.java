package vn.vungcao.ssg.image;

import com.drew.imaging.gif.GifMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.KeyValuePair;
import com.drew.lang.SequentialByteArrayReader;
import com.drew.lang.StreamReader;
import com.drew.metadata.Directory;
import com.drew.metadata.ErrorDirectory;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.iptc.IptcReader;
import com.drew.metadata.photoshop.PhotoshopReader;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import vn.vungcao.ssg.diag.Messages;

/**
 * What a photo's metadata says that matters to a child's safety, read block by block with
 * metadata-extractor: whether any block records where it was taken (GPS coordinates in EXIF, in
 * XMP, in an IPTC Extension location, in a PNG {@code eXIf} or text chunk, in a WebP {@code EXIF}
 * or {@code XMP} chunk), which place names it gives (IPTC and XMP city, sub-location, location),
 * and whether a block could not be read at all, and so could not be checked. XMP packets are also
 * read as XML, for those the library does not parse (a PNG text chunk under another keyword,
 * ImageMagick's hex "Raw profile" chunks). Immutable.
 *
 * <p>Before the library sees a file, its {@link Layout} must be whole: every length the library
 * trusts has then been checked against the bytes, and every compressed PNG chunk is inflated here
 * first within {@link #MAX_INFLATED} bytes, so a hostile file cannot make it allot gigabytes.
 *
 * @param coordinatesIn where GPS coordinates were found, in the catalog's words ({@code term.block.xmp}: "its XMP data"), or null
 * @param places        the place names found, each with its block ("city in its IPTC data"), in the order found
 * @param uncheckedIn   a block that could not be read, in the catalog's words, or null
 * @param orientation   the EXIF orientation, 1 to 8 (1 when there is none)
 */
record PhotoMetadata(Messages.Term coordinatesIn, List<Messages.Term> places, Messages.Term uncheckedIn, int orientation) {

    /** The most bytes one compressed PNG chunk (zTXt, compressed iTXt, iCCP) may inflate to. */
    static final int MAX_INFLATED = 8 << 20;

    private static final byte[] XMP_PREAMBLE = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP_EXTENSION = "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1);

    PhotoMetadata {
        places = List.copyOf(places);
    }

    private static Messages.Term term(String key, Object... args) {
        return new Messages.Term(key, args);
    }

    /** Reads the metadata of a file of {@code format} whose {@code layout} is whole. */
    static PhotoMetadata read(ImageFormat format, byte[] bytes, Layout layout) {
        Reading r = new Reading(format);
        try {
            switch (format) {
                case JPEG -> r.jpeg(bytes);
                case PNG -> r.png(bytes, layout);
                case GIF -> r.directories(GifMetadataReader.readMetadata(new ByteArrayInputStream(bytes)));
                case WEBP -> r.webp(bytes, layout);
                case OTHER -> r.unchecked(term("term.block.metadata"));
            }
        } catch (Exception e) {
            // metadata-extractor throws on files it cannot follow: nothing can be said of their location
            r.unchecked(term("term.block.metadata"));
        }
        return r.result();
    }

    /** One reading's findings as they come; not shared. */
    private static final class Reading {
        private final ImageFormat format;
        private Messages.Term coordinates;
        private final Set<Messages.Term> places = new LinkedHashSet<>();
        private Messages.Term unchecked;
        private int orientation = 1;
        private boolean orientationSeen;
        /** Whether the library read an XMP packet, failed on one; whether our own reading did. */
        private boolean libraryRead;
        private boolean libraryFailed;
        private boolean rawRead;
        private boolean rawFailed;

        Reading(ImageFormat format) {
            this.format = format;
        }

        PhotoMetadata result() {
            // a packet counts as read when one of the two readings read it
            if ((libraryFailed && !rawRead) || (rawFailed && !libraryRead)) unchecked(term("term.block.xmp"));
            return new PhotoMetadata(coordinates, List.copyOf(places), unchecked, orientation);
        }

        void coordinates(Messages.Term where) {
            if (coordinates == null) coordinates = where;
        }

        void unchecked(Messages.Term where) {
            if (unchecked == null) unchecked = where;
        }

        void jpeg(byte[] bytes) throws Exception {
            JpegSegmentData segments = JpegSegmentReader.readSegments(new StreamReader(new ByteArrayInputStream(bytes)), null);
            Metadata metadata = new Metadata();
            JpegMetadataReader.processJpegSegmentData(metadata, JpegMetadataReader.ALL_READERS, segments);
            directories(metadata);
            List<byte[]> packets = new ArrayList<>();
            Map<String, List<byte[]>> extended = new LinkedHashMap<>();
            for (byte[] s : segments.getSegments(JpegSegmentType.APP1)) {
                if (ImageFormat.starts(s, 0, XMP_PREAMBLE)) {
                    packets.add(Arrays.copyOfRange(s, XMP_PREAMBLE.length, s.length));
                } else if (ImageFormat.starts(s, 0, XMP_EXTENSION) && s.length >= XMP_EXTENSION.length + 40) {
                    extended.computeIfAbsent(new String(s, XMP_EXTENSION.length, 32, StandardCharsets.ISO_8859_1),
                            k -> new ArrayList<>()).add(s);
                }
            }
            for (List<byte[]> parts : extended.values()) {
                byte[] whole = extendedXmp(parts, bytes.length);
                if (whole == null) unchecked(term("term.block.extended-xmp"));
                else packets.add(whole);
            }
            for (byte[] p : packets) xmp(XmpLocation.of(p, 0, p.length), term("term.block.xmp"), Source.BESIDE_LIBRARY);
        }

        /** The parts of one extended XMP packet put together by their offsets, or null when they do not fit. */
        private static byte[] extendedXmp(List<byte[]> parts, int fileLength) {
            int head = XMP_EXTENSION.length + 32;
            long full = u32(parts.get(0), head);
            if (full > fileLength) return null;
            byte[] whole = new byte[(int) full];
            for (byte[] part : parts) {
                long offset = u32(part, head + 4);
                int length = part.length - head - 8;
                if (u32(part, head) != full || offset + length > full) return null;
                System.arraycopy(part, head + 8, whole, (int) offset, length);
            }
            return whole;
        }

        void png(byte[] bytes, Layout layout) throws Exception {
            for (Layout.Block b : layout.blocks()) {
                int skip = switch (b.type()) {
                    case "zTXt", "iCCP" -> zeroAfter(bytes, b, 0) + 2; // keyword, NUL, method
                    case "iTXt" -> compressedText(bytes, b);
                    default -> -1;
                };
                if (skip > 0 && !inflatesWithin(bytes, b.start() + skip, b.length() - skip)) {
                    unchecked(term("term.block.png-too-large", b.type()));
                    return;
                }
            }
            directories(PngMetadataReader.readMetadata(new ByteArrayInputStream(bytes)));
        }

        void webp(byte[] bytes, Layout layout) throws Exception {
            directories(WebpMetadataReader.readMetadata(new ByteArrayInputStream(bytes)));
            for (Layout.Block b : layout.all("XMP ")) {
                xmp(XmpLocation.of(bytes, b.start(), b.length()), term("term.block.webp-xmp"), Source.BESIDE_LIBRARY);
            }
        }

        /** What each directory the library made says. */
        void directories(Metadata metadata) {
            for (Directory d : metadata.getDirectories()) {
                if (d instanceof GpsDirectory gps) {
                    if (hasLocation(gps)) coordinates(exifContainer());
                    else if (gps.hasErrors()) unchecked(term("term.block.exif-gps"));
                } else if (d instanceof XmpDirectory x) {
                    xmp(x.hasErrors() || x.getXMPMeta() == null ? XmpLocation.UNREADABLE : XmpLocation.of(x.getXMPMeta()),
                            term("term.block.xmp"), Source.LIBRARY);
                } else if (d instanceof IptcDirectory iptc) {
                    if (iptc.containsTag(IptcDirectory.TAG_CITY)) places.add(term("term.block.iptc-place", term("term.place.city")));
                    if (iptc.containsTag(IptcDirectory.TAG_SUB_LOCATION)) places.add(term("term.block.iptc-place", term("term.place.sub-location")));
                    if (iptc.containsTag(IptcDirectory.TAG_CONTENT_LOCATION_NAME)) places.add(term("term.block.iptc-place", term("term.place.location")));
                } else if (d instanceof PngDirectory png && png.containsTag(PngDirectory.TAG_TEXTUAL_DATA)) {
                    text(png);
                } else if (d instanceof ExifIFD0Directory exif && !orientationSeen && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    orientationSeen = true;
                    try {
                        orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    } catch (MetadataException e) {
                        orientation = 1;
                    }
                } else if (d instanceof ErrorDirectory) {
                    unchecked(term("term.block.metadata"));
                }
            }
        }

        /** Where the EXIF data of this format is, in the catalog's words. */
        private Messages.Term exifContainer() {
            return term(switch (format) {
                case PNG -> "term.block.png-exif";
                case WEBP -> "term.block.webp-exif";
                default -> "term.block.exif";
            });
        }

        /** Who read an XMP packet: the library, our reading of a packet the library reads too, or only ours. */
        enum Source { LIBRARY, BESIDE_LIBRARY, ONLY_RAW }

        /** One XMP packet's findings, found in {@code where}. */
        void xmp(XmpLocation found, Messages.Term where, Source source) {
            if (found.unreadable()) {
                switch (source) {
                    case LIBRARY -> libraryFailed = true;
                    case BESIDE_LIBRARY -> rawFailed = true;
                    case ONLY_RAW -> unchecked(where);
                }
                return;
            }
            if (source == Source.LIBRARY) libraryRead = true;
            if (source == Source.BESIDE_LIBRARY) rawRead = true;
            if (found.coordinates()) coordinates(found.inIptc() ? term("term.block.iptc-in-xmp") : where);
            for (String place : found.places()) places.add(term("term.block.xmp-place", term("term.place." + place)));
        }

        /** A PNG text chunk: XMP under another keyword, an ImageMagick raw profile, or a key that names a coordinate. */
        @SuppressWarnings("unchecked")
        private void text(PngDirectory png) {
            Messages.Term chunk = term("term.block.png-text", png.getPngChunkType().getIdentifier());
            for (KeyValuePair pair : (List<KeyValuePair>) png.getObject(PngDirectory.TAG_TEXTUAL_DATA)) {
                String key = pair.getKey();
                byte[] value = pair.getValue().getBytes();
                String text = new String(value, StandardCharsets.ISO_8859_1);
                if (key.startsWith("Raw profile type ")) {
                    rawProfile(key.substring("Raw profile type ".length()).toLowerCase(Locale.ROOT), text, chunk);
                } else if (key.equals("XML:com.adobe.xmp") || text.contains("<x:xmpmeta") || text.contains("<?xpacket")
                        || text.contains("http://www.w3.org/1999/02/22-rdf-syntax-ns#")) {
                    xmp(XmpLocation.of(value, 0, value.length), term("term.block.kept-in", term("term.block.xmp"), chunk), Source.ONLY_RAW);
                } else if (XmpLocation.isCoordinate(null, key.substring(key.indexOf(':') + 1)) && !text.isBlank()) {
                    coordinates(chunk);
                }
            }
        }

        /** ImageMagick keeps the profiles it cannot place in a PNG as hex text: "\nexif\n  1234\n4578696600...". */
        private void rawProfile(String type, String text, Messages.Term chunk) {
            String[] parts = text.trim().split("\\s+", 3);
            byte[] data;
            try {
                data = parts.length < 3 ? new byte[0] : HexFormat.of().parseHex(parts[2].replaceAll("\\s+", ""));
            } catch (IllegalArgumentException e) {
                unchecked(chunk);
                return;
            }
            Messages.Term xmpIn = term("term.block.kept-in", term("term.block.xmp"), chunk);
            Metadata metadata = new Metadata();
            try {
                switch (type) {
                    case "exif", "app1" -> {
                        if (ImageFormat.starts(data, 0, XMP_PREAMBLE)) {
                            xmp(XmpLocation.of(data, XMP_PREAMBLE.length, data.length - XMP_PREAMBLE.length), xmpIn, Source.ONLY_RAW);
                            return;
                        }
                        int tiff = ImageFormat.starts(data, 0, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)) ? 6 : 0;
                        new ExifReader().extract(new ByteArrayReader(data), metadata, tiff);
                    }
                    case "xmp" -> {
                        xmp(XmpLocation.of(data, 0, data.length), xmpIn, Source.ONLY_RAW);
                        return;
                    }
                    case "iptc", "8bim" -> {
                        if (ImageFormat.starts(data, 0, "8BIM".getBytes(StandardCharsets.ISO_8859_1))) {
                            new PhotoshopReader().extract(new SequentialByteArrayReader(data), data.length, metadata);
                        } else {
                            new IptcReader().extract(new SequentialByteArrayReader(data), metadata, data.length);
                        }
                    }
                    default -> {
                        return; // an ICC colour profile and the like: no place in it
                    }
                }
            } catch (RuntimeException e) {
                unchecked(chunk);
                return;
            }
            Reading inner = new Reading(ImageFormat.OTHER);
            inner.directories(metadata);
            inner.places.forEach(p -> places.add(term("term.block.kept-in", p, chunk)));
            if (inner.unchecked != null) unchecked(term("term.block.kept-in", inner.unchecked, chunk));
            if (inner.coordinates != null) coordinates(term("term.block.kept-in", inner.coordinates, chunk));
        }
    }

    /** True when a GPS directory holds a position: any GPS tag but the version counts as location. */
    static boolean hasLocation(GpsDirectory gps) {
        if (gps.getGeoLocation() != null) return true;
        for (var tag : gps.getTags()) {
            if (tag.getTagType() != GpsDirectory.TAG_VERSION_ID) return true;
        }
        return false;
    }

    /** Where the compressed text of an iTXt chunk starts within it, or -1 when it is not compressed. */
    private static int compressedText(byte[] bytes, Layout.Block b) {
        int keyword = zeroAfter(bytes, b, 0);
        if (keyword < 0 || keyword + 2 >= b.length() || bytes[b.start() + keyword + 1] != 1) return -1;
        int language = zeroAfter(bytes, b, keyword + 3);
        int translated = language < 0 ? -1 : zeroAfter(bytes, b, language + 1);
        return translated < 0 ? -1 : translated + 1;
    }

    /** The index within block {@code b} of the first NUL at or after {@code from}, or -1. */
    private static int zeroAfter(byte[] bytes, Layout.Block b, int from) {
        for (int i = from; i < b.length(); i++) {
            if (bytes[b.start() + i] == 0) return i;
        }
        return -1;
    }

    /** Whether {@code length} bytes of zlib data inflate to at most {@link #MAX_INFLATED} bytes (or are damaged, which the library reports). */
    private static boolean inflatesWithin(byte[] bytes, int offset, int length) {
        if (length <= 0) return true;
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, offset, length);
            byte[] sink = new byte[64 << 10];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(sink);
                total += n;
                if (total > MAX_INFLATED) return false;
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
            }
            return true;
        } catch (DataFormatException e) {
            return true;
        } finally {
            inflater.end();
        }
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
