package org.penholder.docx;

import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming reads of WordprocessingML parts, in both namespaces Word writes (transitional and
 * strict). The parser refuses document type declarations, so no part can make it read other
 * files or expand entities (XXE, billion laughs).
 */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final Set<String> WORD = Set.of(W, W_STRICT);

    private static final XMLInputFactory FACTORY = factory();

    private WordXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A reader over a part; fails on a document type declaration. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Thrown when a part declares a document type, which Word never writes. */
    static final class DoctypeException extends XMLStreamException {
        DoctypeException() {
            super("a document type declaration");
        }
    }

    /** The next event, refusing document type declarations. */
    static int next(XMLStreamReader r) throws XMLStreamException {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
            throw new DoctypeException();
        }
        return event;
    }

    /** True when the reader is at a start or end of the WordprocessingML element {@code local}. */
    static boolean is(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && WORD.contains(r.getNamespaceURI());
    }

    static boolean isWord(XMLStreamReader r) {
        return WORD.contains(r.getNamespaceURI());
    }

    private static final Set<String> MATH = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/math",
            "http://purl.oclc.org/ooxml/officeDocument/math");

    /** True when the reader is at an element of Office Math (equations). */
    static boolean isMath(XMLStreamReader r) {
        return MATH.contains(r.getNamespaceURI());
    }

    /** An attribute of the relationships vocabulary ("r:id", "r:embed"), in either namespace, or null. */
    static String attr(XMLStreamReader r, String relationships, String local) {
        String v = r.getAttributeValue(relationships, local);
        if (v == null) {
            v = r.getAttributeValue("http://purl.oclc.org/ooxml/officeDocument/relationships", local);
        }
        return v;
    }

    /** A WordprocessingML attribute of the current element ("w:val"), or null. */
    static String attr(XMLStreamReader r, String local) {
        String v = r.getAttributeValue(W, local);
        if (v == null) {
            v = r.getAttributeValue(W_STRICT, local);
        }
        return v;
    }

    /** An on/off property: present without a value means on. */
    static boolean onOff(XMLStreamReader r) {
        String v = attr(r, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /** A number attribute, or {@code fallback} when it is missing or not a number. */
    static int intAttr(XMLStreamReader r, String local, int fallback) {
        String v = attr(r, local);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** What to do with one element met inside another. */
    @FunctionalInterface
    interface Visitor {
        /**
         * Looks at the element the reader is at; {@code parents} names the elements between it and
         * the one being walked, innermost first. Returns true when it has read the element through
         * its end itself, else only its attributes were read.
         */
        boolean visit(String local, java.util.Deque<String> parents) throws XMLStreamException;
    }

    /**
     * Walks every WordprocessingML element inside the current one, depth first, leaving out other
     * vocabularies and the elements named in {@code skip} with all they hold (earlier revisions of
     * properties, for instance); returns at the current element's end.
     */
    static void walk(XMLStreamReader r, Set<String> skip, Visitor visitor) throws XMLStreamException {
        java.util.Deque<String> parents = new java.util.ArrayDeque<>();
        int depth = 1;
        while (depth > 0) {
            int e = next(r);
            if (e == XMLStreamConstants.END_ELEMENT) {
                if (--depth > 0) {
                    parents.pop();
                }
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                String local = r.getLocalName();
                if (!isWord(r) || skip.contains(local)) {
                    skip(r);
                } else if (!visitor.visit(local, parents)) {
                    depth++;
                    parents.push(local);
                }
            }
        }
    }

    /** Skips the current element and everything inside it. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = next(r);
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
