package org.penholder.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import org.penholder.history.ProposalRequest;
import org.penholder.model.Author;
import org.penholder.model.InputKind;
import org.penholder.model.ParagraphKind;
import org.penholder.model.TagKind;
import org.penholder.project.Project;
import org.penholder.store.InputStore;

/**
 * A project in Arabic and Hebrew from end to end: title, section, preambular and operative
 * paragraphs with brackets and quotes, inputs (one long, some not reflected), links with notes,
 * a revision, changes after it, and a delegation's proposal. Every view has right-to-left text to wrap.
 */
public final class RightToLeftProject {

    public static final Author AUTHOR = new Author("Test Drafter", "Co-facilitators");
    public static final String ZERO_DRAFT = "المسودة صفر";

    public static final String SENTENCES =
            "أكد المشاركون أن الاتصال الشامل والميسور التكلفة يظل شرطا أساسيا للتنمية الرقمية. "
                    + "ودعت عدة وفود إلى أطر تنظيمية مستقرة وتدفق البيانات عبر الحدود مع احترام الخصوصية. "
                    + "وشدد ممثلو المجتمع المدني على حقوق الإنسان على الإنترنت كما هي خارجها، وعلى «التعاون الرقمي» بين الجميع. "
                    + "كما طالبت الوفود بتعزيز الشراكات بين القطاعين العام والخاص لتمويل البنية التحتية في البلدان النامية.";

    public final Project project;
    public final long egypt;
    public final long league;
    public final long hebrewInput;
    public final long english;
    public final String pp1 = "pparabic";
    public final String op1 = "oparabic";
    public final String op2 = "opmixed";
    public final String op3 = "ophebrew";

    public RightToLeftProject(Path file) {
        project = Project.create(
                file,
                "مشروع الوثيقة الختامية للاستعراض الشامل لتنفيذ نتائج القمة العالمية لمجتمع المعلومات",
                "A/80/L.1");
        var stakeholders = project.stakeholders();
        long egyptId = stakeholders
                .findOrCreate("جمهورية مصر العربية", "Member State", "EG")
                .id();
        long leagueId = stakeholders
                .findOrCreate("جامعة الدول العربية", "Observer/IGO", null)
                .id();
        long israeliId = stakeholders
                .findOrCreate("איגוד האינטרנט הישראלי", "Civil society", null)
                .id();
        long isocId = stakeholders
                .findOrCreate("Internet Society", "Technical community", null)
                .id();
        StringBuilder longText = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            longText.append("الفقرة ").append(i).append(": ").append(SENTENCES).append("\n\n");
        }
        egypt = input(
                egyptId,
                "مساهمة مكتوبة من جمهورية مصر العربية بشأن سد الفجوات الرقمية وتمويل البنية التحتية",
                longText.toString().strip(),
                "ar",
                "Bridging Digital Divides");
        league = input(
                leagueId,
                "بيان جامعة الدول العربية في المشاورة الافتراضية",
                "تؤكد جامعة الدول العربية أن الاتصال الشامل والميسور التكلفة ضروري، وتدعو إلى دعم المحتوى العربي "
                        + "على الإنترنت وتعزيز التنوع اللغوي في الفضاء الرقمي وبناء القدرات في مجال الذكاء الاصطناعي.",
                "ar",
                "ICT for Development");
        hebrewInput = input(
                israeliId,
                "הגשה בכתב של איגוד האינטרנט הישראלי",
                "אנו קוראים לחזק את שיתוף הפעולה הבינלאומי בתחום הבינה המלאכותית ולהבטיח גישה שוויונית לאינטרנט "
                        + "לכל האזרחים, כולל בפריפריה, תוך שמירה על זכויות האדם והפרטיות.",
                "he",
                "Data Governance");
        english = input(
                isocId,
                "ISOC: written submission",
                "The multistakeholder model of Internet governance works; the Internet Governance Forum should be made permanent.",
                "en",
                "Internet Governance");

        var d = project.draftService();
        d.insertParagraph(
                pp1,
                null,
                0,
                ParagraphKind.PP,
                "إذ تشير إلى قرارها 70/125 المؤرخ 16 كانون الأول/ديسمبر 2015 بشأن "
                        + "الوثيقة الختامية للاجتماع الرفيع المستوى للجمعية العامة بشأن الاستعراض الشامل،",
                AUTHOR);
        d.addSection("sarabic", "سد الفجوات الرقمية وتمويل البنية التحتية الرقمية في البلدان النامية", 0, AUTHOR);
        d.insertParagraph(
                op1,
                "sarabic",
                0,
                ParagraphKind.OP,
                "نلتزم بتحقيق الاتصال الشامل والميسور التكلفة "
                        + "[بحلول عام 2030][في أقرب وقت ممكن] وبتعزيز الشراكات بين القطاعين العام والخاص لتمويل البنية التحتية، "
                        + "ونؤكد على «التعاون الرقمي» بين جميع أصحاب المصلحة.",
                AUTHOR);
        d.insertParagraph(
                op2,
                "sarabic",
                1,
                ParagraphKind.OP,
                "نرحب بعمل منتدى إدارة الإنترنت (Internet Governance Forum) "
                        + "ونقرر تمديد ولايته لعشر سنوات أخرى مع مراجعة أساليب عمله.",
                AUTHOR);
        d.insertParagraph(
                op3,
                "sarabic",
                2,
                ParagraphKind.OP,
                "אנו מחליטים לחזק את שיתוף הפעולה הבינלאומי בתחום " + "הבינה המלאכותית ולהבטיח גישה שוויונית לכולם.",
                AUTHOR);

        link(pp1, egypt, "أكد المشاركون أن الاتصال الشامل والميسور التكلفة يظل شرطا أساسيا للتنمية الرقمية.", null);
        link(
                op1,
                egypt,
                "كما طالبت الوفود بتعزيز الشراكات بين القطاعين العام والخاص لتمويل البنية التحتية في البلدان النامية.",
                "يعكس طلب عدة وفود من المنطقة العربية");
        link(op2, english, "the Internet Governance Forum should be made permanent", null);

        project.revisionService().freeze(ZERO_DRAFT, "عممت على الوفود", AUTHOR);
        d.setText(
                op1,
                project.drafts()
                        .paragraph(op1)
                        .orElseThrow()
                        .text()
                        .replace("[بحلول عام 2030][في أقرب وقت ممكن]", "بحلول عام 2030")
                        .replace("جميع أصحاب المصلحة", "الحكومات والقطاع الخاص والمجتمع المدني"),
                AUTHOR,
                "بعد القراءة الأولى");
        d.setText(
                op3,
                project.drafts().paragraph(op3).orElseThrow().text().replace("לכולם", "לכל האזרחים"),
                AUTHOR,
                null);
        project.proposalService()
                .propose(
                        ProposalRequest.replace(
                                "OP2", "لعشر سنوات أخرى", "بصورة دائمة", "تطالب المجموعة العربية بولاية دائمة للمنتدى"),
                        "جامعة الدول العربية",
                        null,
                        AUTHOR);
    }

    private long input(long stakeholder, String title, String text, String language, String cluster) {
        long id = project.inputs()
                .add(new InputStore.NewInput(
                        stakeholder,
                        InputKind.WRITTEN,
                        title,
                        "مشاورة افتراضية، 29 تموز/يوليه 2025",
                        LocalDate.of(2025, 7, 29),
                        language,
                        null,
                        text))
                .id();
        project.tags()
                .tagInput(
                        id,
                        project.tags()
                                .find(TagKind.CLUSTER, cluster)
                                .orElseThrow()
                                .id());
        return id;
    }

    private void link(String paragraphId, long inputId, String quote, String note) {
        String text = project.inputs().text(inputId);
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("input " + inputId + " does not say: " + quote);
        }
        project.links()
                .add(
                        paragraphId,
                        inputId,
                        start,
                        start + quote.length(),
                        quote,
                        note,
                        AUTHOR.display(),
                        project.drafts().paragraph(paragraphId).orElseThrow().text());
    }
}
