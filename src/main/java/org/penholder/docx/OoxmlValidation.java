package org.penholder.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Checks a Word file against the OOXML schemas that ship with POI (poi-ooxml-full): every XML part
 * whose root element the schemas know is parsed into its XMLBeans type and validated. Word and
 * LibreOffice open files that break the schema, but not always as intended; what Penholder writes
 * must pass.
 */
public final class OoxmlValidation {

    /** The outcome: schema errors (with the part's name), and the XML parts no schema covers. */
    public record Report(List<String> errors, List<String> validated, List<String> withoutSchema) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** The OOXML schemas of poi-ooxml-full, which know each part's root element. */
    private static final SchemaTypeLoader SCHEMAS =
            XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem, XmlBeans.getBuiltinTypeSystem());

    private OoxmlValidation() {}

    /** Validates every XML part of a .docx file. */
    public static Report validate(Path docx) {
        List<String> errors = new ArrayList<>();
        List<String> validated = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue;
                }
                XmlObject xml;
                try (InputStream in = zip.getInputStream(entry)) {
                    xml = SCHEMAS.parse(in, null, new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS));
                } catch (XmlException e) {
                    errors.add(name + ": not well-formed XML (" + e.getMessage() + ")");
                    continue;
                }
                if (xml.schemaType().isNoType() || xml.schemaType() == XmlObject.type) {
                    unknown.add(name);
                    continue;
                }
                List<XmlError> found = new ArrayList<>();
                XmlOptions options = new XmlOptions();
                options.setErrorListener(found);
                if (!xml.validate(options)) {
                    for (XmlError e : found) {
                        errors.add(name + ": " + e.getMessage());
                    }
                }
                validated.add(name);
            }
        } catch (IOException e) {
            errors.add(docx + ": cannot be opened as a Word file (" + e.getMessage() + ")");
        }
        // content types, relationships and core properties follow the packaging rules (OPC), which
        // POI enforces when it opens a package
        try (OPCPackage pkg = OPCPackage.open(docx.toFile(), PackageAccess.READ)) {
            pkg.getPackageProperties();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            errors.add("package: " + e.getMessage());
        }
        return new Report(errors, validated, unknown);
    }
}
