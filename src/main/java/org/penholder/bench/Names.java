package org.penholder.bench;

import java.util.SplittableRandom;

/** Names of made-up stakeholders that read like real ones. */
final class Names {

    private static final String[] STATES = {
        "Albania",
        "Argentina",
        "Australia",
        "Bangladesh",
        "Barbados",
        "Benin",
        "Bhutan",
        "Brazil",
        "Canada",
        "Chile",
        "China",
        "Colombia",
        "Costa Rica",
        "Côte d'Ivoire",
        "Cuba",
        "Denmark",
        "Egypt",
        "Estonia",
        "Ethiopia",
        "Fiji",
        "Finland",
        "France",
        "Germany",
        "Ghana",
        "Guatemala",
        "India",
        "Indonesia",
        "Iran (Islamic Republic of)",
        "Ireland",
        "Jamaica",
        "Japan",
        "Jordan",
        "Kenya",
        "Kazakhstan",
        "Lebanon",
        "Malaysia",
        "Mexico",
        "Mongolia",
        "Morocco",
        "Nepal",
        "Netherlands",
        "New Zealand",
        "Nigeria",
        "Norway",
        "Pakistan",
        "Peru",
        "Philippines",
        "Poland",
        "Republic of Korea",
        "Rwanda",
        "Saudi Arabia",
        "Senegal",
        "Singapore",
        "South Africa",
        "Spain",
        "Sri Lanka",
        "Sweden",
        "Switzerland",
        "Thailand",
        "Tunisia",
        "Türkiye",
        "Uganda",
        "Ukraine",
        "United Kingdom",
        "United States",
        "Uruguay",
        "Viet Nam",
        "Zambia"
    };
    private static final String[] GROUPS = {
        "Group of 77 and China",
        "European Union",
        "African Group",
        "Group of Least Developed Countries",
        "Alliance of Small Island States",
        "Arab Group"
    };
    private static final String[] QUALIFIERS = {
        "Global",
        "Open",
        "Digital",
        "Regional",
        "International",
        "National",
        "Community",
        "Youth",
        "Women's",
        "Indigenous",
        "African",
        "Asian",
        "Latin American",
        "Pacific"
    };
    private static final String[] TOPICS = {
        "Internet",
        "Rights",
        "Connectivity",
        "Access",
        "Data",
        "Knowledge",
        "Media",
        "Technology",
        "Development",
        "Inclusion",
        "Literacy",
        "Policy"
    };
    private static final String[] KINDS = {
        "Coalition",
        "Network",
        "Alliance",
        "Forum",
        "Institute",
        "Association",
        "Foundation",
        "Council",
        "Centre",
        "Initiative",
        "Society",
        "Lab"
    };
    private static final String[] REGIONS = {
        "Africa", "Asia-Pacific", "Europe", "Latin America and the Caribbean", "Western Asia", "North America", "Global"
    };

    private Names() {}

    static String stakeholder(String group, int index, SplittableRandom random) {
        if ("Member State".equals(group)) {
            if (index / 3 < GROUPS.length) {
                return GROUPS[index / 3];
            }
            int n = index / 3 - GROUPS.length;
            return n < STATES.length
                    ? STATES[n]
                    : STATES[n % STATES.length] + " (delegation " + (n / STATES.length + 1) + ")";
        }
        return QUALIFIERS[random.nextInt(QUALIFIERS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)] + " "
                + KINDS[random.nextInt(KINDS.length)] + " " + (index + 1);
    }

    static String region(SplittableRandom random) {
        return REGIONS[random.nextInt(REGIONS.length)];
    }
}
