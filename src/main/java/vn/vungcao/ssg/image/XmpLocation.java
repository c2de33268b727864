package vn.vungcao.ssg.image;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPIterator;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.XMPMetaFactory;
import com.adobe.internal.xmp.properties.XMPPropertyInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.xml.sax.Attributes;

/**
 * What one XMP packet says about where a photo was taken, read either from the tree the library
 * parsed ({@link XMPMeta}) or, for a packet the library does not parse (a PNG text chunk that is
 * not the standard one, a packet it failed on), from the raw packet read as XML by
 * {@link SafeXml}: namespace-aware, so {@code exif:GPSLatitude} is known by its namespace
 * whatever prefix the file gives it, as an attribute or as an element.
 *
 * <p>Coordinates: any EXIF GPS property but {@code GPSVersionID} (as in the EXIF block), and any
 * property in any namespace whose name says latitude or longitude (drones write
 * {@code drone-dji:GpsLatitude}). They count as IPTC when inside an IPTC Extension
 * {@code LocationShown} or {@code LocationCreated}. Place names: the city, sub-location and
 * location of IPTC Core, IPTC Extension and Photoshop; country and province are not counted.
 *
 * @param coordinates whether the packet holds a non-empty coordinate
 * @param inIptc      whether one of them is in an IPTC Extension location
 * @param places      the place fields it fills, in words ("city"), sorted
 * @param unreadable  whether the packet could not be read (so could not be checked)
 */
record XmpLocation(boolean coordinates, boolean inIptc, Set<String> places, boolean unreadable) {

    static final String EXIF = "http://ns.adobe.com/exif/1.0/";
    static final String IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
    static final String IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/";
    static final String PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/";

    static final XmpLocation UNREADABLE = new XmpLocation(false, false, Set.of(), true);

    XmpLocation {
        places = Set.copyOf(places);
    }

    /** Whether the packet names a place or records coordinates. */
    boolean any() {
        return coordinates || !places.isEmpty();
    }

    /** What the library's parsed tree holds. */
    static XmpLocation of(XMPMeta meta) {
        Found found = new Found();
        try {
            for (XMPIterator it = meta.iterator(); it.hasNext(); ) {
                XMPPropertyInfo property = (XMPPropertyInfo) it.next();
                if (property.getPath() == null || property.getValue() == null || property.getValue().isBlank()) continue;
                String[] steps = property.getPath().split("/");
                boolean iptc = false;
                for (int i = 0; i < steps.length - 1; i++) iptc |= isIptcLocation(namespace(steps[i]), local(steps[i]));
                String last = steps[steps.length - 1];
                String ns = property.getNamespace() != null ? property.getNamespace() : namespace(last);
                found.property(ns, local(last), iptc);
            }
        } catch (XMPException | RuntimeException e) {
            return UNREADABLE;
        }
        return found.result();
    }

    /** What the raw packet {@code bytes[offset, offset + length)} holds, read as XML. */
    static XmpLocation of(byte[] bytes, int offset, int length) {
        int end = offset + length;
        while (end > offset && (bytes[end - 1] == 0 || Character.isWhitespace(bytes[end - 1]))) end--; // padding after the packet
        Found found = new Found();
        try {
            SafeXml.parse(bytes, offset, end - offset, new SafeXml.Handler() {
                private final Deque<String[]> open = new ArrayDeque<>();

                @Override
                protected Object doctype(int line) {
                    return "doctype";
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    open.push(new String[] {uri, localName});
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if (attributes.getValue(i).isBlank()) continue;
                        if (!attributes.getURI(i).isEmpty()) found.property(attributes.getURI(i), attributes.getLocalName(i), insideIptc());
                        found.valueInside(open, insideIptc());
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    open.pop();
                }

                @Override
                public void characters(char[] ch, int start, int count) {
                    if (!new String(ch, start, count).isBlank()) found.valueInside(open, insideIptc());
                }

                private boolean insideIptc() {
                    return open.stream().anyMatch(e -> isIptcLocation(e[0], e[1]));
                }
            });
        } catch (SafeXml.Refused | SafeXml.Malformed e) {
            return UNREADABLE;
        }
        return found.result();
    }

    /** What a property named {@code ns}:{@code local} is. */
    static boolean isCoordinate(String ns, String local) {
        String name = local.toLowerCase(Locale.ROOT);
        if (EXIF.equals(ns) && local.startsWith("GPS") && !local.equals("GPSVersionID")) return true;
        return name.contains("latitude") || name.contains("longitude") || name.contains("longtitude");
    }

    /** The place field {@code ns}:{@code local} is, in words, or null. */
    static String place(String ns, String local) {
        if (PHOTOSHOP.equals(ns) && local.equals("City")) return "city";
        if (IPTC_CORE.equals(ns) && local.equals("Location")) return "location";
        if (IPTC_EXT.equals(ns) && local.equals("City")) return "city";
        if (IPTC_EXT.equals(ns) && local.equals("Sublocation")) return "sub-location";
        if (IPTC_EXT.equals(ns) && local.equals("LocationName")) return "location";
        return null;
    }

    private static boolean isIptcLocation(String ns, String local) {
        return IPTC_EXT.equals(ns) && (local.equals("LocationShown") || local.equals("LocationCreated"));
    }

    /** {@code Iptc4xmpExt:LocationShown[1]} gives {@code LocationShown}. */
    private static String local(String step) {
        String s = step.startsWith("?") ? step.substring(1) : step;
        int bracket = s.indexOf('[');
        if (bracket >= 0) s = s.substring(0, bracket);
        return s.substring(s.indexOf(':') + 1);
    }

    private static String namespace(String step) {
        String s = step.startsWith("?") ? step.substring(1) : step;
        int colon = s.indexOf(':');
        return colon <= 0 ? null : XMPMetaFactory.getSchemaRegistry().getNamespaceURI(s.substring(0, colon));
    }

    /** What a reading has found so far; one per reading, not shared. */
    private static final class Found {
        private boolean coordinates;
        private boolean iptc;
        private final Set<String> places = new TreeSet<>();

        void property(String ns, String local, boolean inIptc) {
            if (isCoordinate(ns, local)) {
                coordinates = true;
                iptc |= inIptc;
            }
            String place = place(ns, local);
            if (place != null) places.add(place);
        }

        /** A value (text or attribute) inside the open elements: each that is a property has it. */
        void valueInside(Deque<String[]> open, boolean inIptc) {
            for (String[] e : open) property(e[0], e[1], inIptc);
        }

        XmpLocation result() {
            return new XmpLocation(coordinates, iptc, places, false);
        }
    }
}
