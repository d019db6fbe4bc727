package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/** Validates the WordprocessingML parts of a .docx against the OOXML schemas of poi-ooxml-full. */
public final class WordSchemas {

    private static final SchemaTypeLoader OOXML = org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder.typeSystem;

    private WordSchemas() {}

    /** The schema errors of every XML part under word/ (relationship parts aside), as "part: message". */
    public static List<String> errors(Path docx) throws Exception {
        List<String> errors = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(docx.toFile(), PackageAccess.READ)) {
            int validated = 0;
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName();
                if (!name.startsWith("/word/")
                        || name.contains("/_rels/")
                        || !part.getContentType().endsWith("+xml")) {
                    continue;
                }
                try (InputStream in = part.getInputStream()) {
                    XmlObject xml = OOXML.parse(in, null, new XmlOptions());
                    assertFalse(xml.schemaType().isNoType(), name + " is of a type the schemas know");
                    List<XmlError> found = new ArrayList<>();
                    if (!xml.validate(new XmlOptions().setErrorListener(found))) {
                        found.forEach(e -> errors.add(name + ": " + e.getMessage()));
                    }
                    validated++;
                }
            }
            assertTrue(validated >= 3, "the document, its styles and its footer were validated");
        }
        return errors;
    }
}
