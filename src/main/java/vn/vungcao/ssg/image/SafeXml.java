package vn.vungcao.ssg.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.Locator2;

/**
 * Reads XML from a pull request safely: as bytes, so the parser decodes them by XML's own rules
 * (a byte-order mark, else the declaration's encoding, else UTF-8); aware of namespaces; never
 * loading anything from outside the document; and refusing any DOCTYPE outright, before its
 * declarations are read, so no entity can be declared, expanded or fetched. A new parser is made
 * for each call; nothing is shared, so calls may run on any thread.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** Thrown by a handler to refuse the document; {@link #parse} hands it on as it is. */
    static final class Refused extends SAXException {
        private final int line;
        private final transient Object reason;

        Refused(int line, Object reason) {
            super("refused");
            this.line = line;
            this.reason = reason;
        }

        /** The line it was refused at (where the parser was: the end of the start tag), or 0. */
        int line() {
            return line;
        }

        /** What the handler refused, as it described it. */
        Object reason() {
            return reason;
        }
    }

    /** The document is not well-formed XML (or not in an encoding it declares): at {@code line}, 0 when unknown. */
    static final class Malformed extends Exception {
        private final int line;

        Malformed(int line) {
            super("not well-formed");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /**
     * A handler for {@link #parse}: SAX events with namespaces, comments and CDATA. A DOCTYPE
     * refuses the document with {@link #doctype(int)}'s reason.
     */
    abstract static class Handler extends DefaultHandler2 {
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        /** The line the parser is at, or 0. */
        protected int line() {
            return locator == null ? 0 : Math.max(0, locator.getLineNumber());
        }

        /** The encoding the parser decoded the bytes with ({@code UTF-8}, {@code UTF-16BE}...), or null. */
        protected String encoding() {
            return locator instanceof Locator2 l ? l.getEncoding() : null;
        }

        /** What a DOCTYPE at {@code line} is refused as. */
        protected abstract Object doctype(int line);

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new Refused(line(), doctype(line()));
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
            return new InputSource(new StringReader("")); // never fetched: there is no DOCTYPE to ask for it anyway
        }

        @Override
        public InputSource getExternalSubset(String name, String baseURI) {
            return null;
        }

        @Override
        public void warning(SAXParseException e) {
            // a warning changes nothing in what the document says
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /**
     * Parses {@code bytes} with {@code handler}.
     *
     * @throws Refused   when the handler (or a DOCTYPE) refused the document
     * @throws Malformed when the bytes are not well-formed XML
     */
    static void parse(byte[] bytes, int offset, int length, Handler handler) throws Refused, Malformed {
        try {
            // the JDK's own parser, whatever else the class path offers: the features below are its own
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.setEntityResolver(handler);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            reader.parse(new InputSource(new ByteArrayInputStream(bytes, offset, length)));
        } catch (Refused r) {
            throw r;
        } catch (SAXParseException e) {
            throw new Malformed(Math.max(0, e.getLineNumber()));
        } catch (SAXException | IOException | RuntimeException e) {
            // an encoding it cannot decode comes as an IOException, a broken one as a RuntimeException
            throw new Malformed(0);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
        }
    }
}
