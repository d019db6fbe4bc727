package org.penholder.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.penholder.model.Author;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Penholder remembers for the person at this computer: their name and team (the author of
 * their amendments), the theme, the language of the interface, recently opened projects and the
 * project to reopen at the next start. Kept in a small properties file in the
 * user's configuration folder; the system property {@code penholder.config.dir} moves it (tests).
 */
public final class UserSettings {

    private static final int RECENT_LIMIT = 10;

    /** The look of the window. */
    public enum Theme {
        SYSTEM,
        LIGHT,
        DARK
    }

    private final Path configDir;
    private final Path dataDir;
    private final Properties props = new Properties();

    private UserSettings(Path configDir, Path dataDir) {
        this.configDir = configDir;
        this.dataDir = dataDir;
    }

    /** The settings of this user, read from disk (defaults when there is no file yet). */
    public static UserSettings load() {
        return load(configDirectory(), dataDirectory());
    }

    /** Where this user's settings live ({@code penholder.config.dir} when set). */
    public static Path configDirectory() {
        String override = System.getProperty("penholder.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return xdg("XDG_CONFIG_HOME", Path.of(System.getProperty("user.home")).resolve(".config"))
                .resolve("penholder");
    }

    /** Where this user's data lives: the sample project, backups ({@code penholder.config.dir}/data when set). */
    public static Path dataDirectory() {
        String override = System.getProperty("penholder.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve("data");
        }
        Path home = Path.of(System.getProperty("user.home"));
        return xdg("XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("penholder");
    }

    public static UserSettings load(Path configDir, Path dataDir) {
        UserSettings s = new UserSettings(configDir, dataDir);
        Path file = s.file();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                s.props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                log().warn("{}: could not be read ({}); starting from defaults", file, e.getMessage());
            }
        }
        return s;
    }

    private static Path xdg(String variable, Path fallback) {
        String v = System.getenv(variable);
        return v == null || v.isBlank() ? fallback : Path.of(v);
    }

    private Path file() {
        return configDir.resolve("settings.properties");
    }

    /** Where the sample project lives once it has been written for this user. */
    public Path sampleProject() {
        return dataDir.resolve("Sample.penholder");
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True once the person has given their name. */
    public boolean hasAuthor() {
        return !props.getProperty("author.name", "").isBlank();
    }

    /** The author of this person's amendments; their login name until they give their own. */
    public Author author() {
        String name = props.getProperty("author.name", "");
        return new Author(
                name.isBlank() ? System.getProperty("user.name", "") : name, props.getProperty("author.team", ""));
    }

    public void setAuthor(Author author) {
        props.setProperty("author.name", author.name());
        props.setProperty("author.team", author.team());
    }

    public Theme theme() {
        try {
            return Theme.valueOf(props.getProperty("theme", Theme.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    public void setTheme(Theme theme) {
        props.setProperty("theme", theme.name());
    }

    /** The language of the interface as a language tag ("fr"); empty to follow the computer's language. */
    public String language() {
        return props.getProperty("language", "").strip();
    }

    public void setLanguage(String languageTag) {
        props.setProperty("language", languageTag == null ? "" : languageTag.strip());
    }

    /** What the Preferences dialog edits, as it stands. */
    public Preferences preferences() {
        return new Preferences(author(), theme(), language());
    }

    /** Takes what the Preferences dialog returned (call {@link #save()} to keep it). */
    public void setPreferences(Preferences p) {
        setAuthor(p.author());
        setTheme(p.theme());
        setLanguage(p.language());
    }

    /** The project that was open when Penholder last stopped, if it is still there: the window reopens it. */
    public Optional<Path> projectToReopen() {
        String p = props.getProperty("reopen", "");
        return p.isBlank() || !Files.isRegularFile(Path.of(p)) ? Optional.empty() : Optional.of(Path.of(p));
    }

    /** Remembers the project now open, or (null) that the person closed it and so wants no project at the next start. */
    public void setProjectToReopen(Path project) {
        if (project == null) {
            props.remove("reopen");
        } else {
            props.setProperty("reopen", project.toAbsolutePath().normalize().toString());
        }
    }

    /** Recently opened projects, newest first, without files that have gone. */
    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String p = props.getProperty("recent." + i);
            if (p != null && Files.exists(Path.of(p))) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts a project at the top of the recent list. */
    public void addRecent(Path project) {
        Path abs = project.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentProjects());
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < list.size()) {
                props.setProperty("recent." + i, list.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
    }

    /** Writes the settings (through a temporary file, so a crash never leaves half of them). */
    public void save() {
        try {
            Files.createDirectories(configDir);
            Path tmp = Files.createTempFile(configDir, "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Penholder settings");
            }
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("{}: could not be written ({})", file(), e.getMessage());
        }
    }

    /** Looked up when something is logged: setting up the log (logback reading its XML) would otherwise delay the window's start. */
    private static Logger log() {
        return LoggerFactory.getLogger(UserSettings.class);
    }
}
