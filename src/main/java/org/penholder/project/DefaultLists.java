package org.penholder.model;

import java.util.List;

/** The lists every new project starts with; all of them are editable in the project. */
public final class DefaultLists {

    private DefaultLists() {}

    public static final List<String> STAKEHOLDER_GROUPS = List.of(
            "Member State",
            "Observer/IGO",
            "UN entity",
            "Private sector",
            "Civil society",
            "Technical community",
            "Academia",
            "Youth");

    /** The thematic clusters of the WSIS+20 Elements Paper, in its order. */
    public static final List<String> CLUSTERS = List.of(
            "ICT for Development",
            "Digital Economy",
            "Social and Cultural Development",
            "Environmental Impacts",
            "Bridging Digital Divides",
            "Enabling Environment",
            "Financial Mechanisms",
            "Human Rights and Ethical Dimensions",
            "Confidence and Security",
            "Internet Governance",
            "Data Governance",
            "Artificial Intelligence",
            "Capacity Building",
            "Monitoring and Measurement",
            "Follow Up and Review");

    /** The WSIS Action Lines C1 to C11 (Geneva Plan of Action). */
    public static final List<Tag> ACTION_LINES = List.of(
            actionLine(
                    "C1",
                    "The role of public governance authorities and all stakeholders in the promotion of ICTs for development"),
            actionLine("C2", "Information and communication infrastructure"),
            actionLine("C3", "Access to information and knowledge"),
            actionLine("C4", "Capacity building"),
            actionLine("C5", "Building confidence and security in the use of ICTs"),
            actionLine("C6", "Enabling environment"),
            actionLine("C7", "ICT applications"),
            actionLine("C8", "Cultural diversity and identity, linguistic diversity and local content"),
            actionLine("C9", "Media"),
            actionLine("C10", "Ethical dimensions of the Information Society"),
            actionLine("C11", "International and regional cooperation"));

    private static Tag actionLine(String code, String name) {
        return new Tag(0, TagKind.ACTION_LINE, code, name);
    }
}
